import LitGraphModel

extension Extractor {
    /// The head words of a process named after what it acts on: "oxytocin release", "cortisol
    /// secretion", "serotonin metabolism", "insulin signaling".
    static let participantProcessHeads: WordSet = [
        "release", "secretion", "metabolism", "signaling", "signalling", "synthesis", "production", "uptake",
        "transport", "biosynthesis", "degradation",
    ]

    /// The rule name of a process's participant.
    public static let participantRule = "compound-participant"

    /// Relations saying which chemical or gene each named process of the sentence acts on.
    ///
    /// A process the lexicon matched whose name is a chemical or gene followed by a process head
    /// word ("oxytocin release") has that chemical or gene as participant: `oxytocin release →
    /// has_participant → oxytocin`, with the sentence as evidence and the head word as trigger.
    /// This links the process node to the substance so that chains through it can be followed.
    func participantRelations(
        _ matches: [EntityRecognizer.Match], analysis: SentenceAnalysis, sentence: Sentence, document: Document
    ) -> [ExtractedRelation] {
        matches.compactMap { match in
            guard match.entity.category == .biologicalProcess, match.tokens.count >= 2,
                let head = analysis.tokens[match.tokens].last, Self.participantProcessHeads.contains(head.lower)
            else { return nil }
            let modifier = analysis.tokens[match.tokens.lowerBound..<(match.tokens.upperBound - 1)]
            guard let keys = Lexicon.keys(for: modifier),
                let participant = lexicon.entity(exactKey: keys.exact) ?? lexicon.entity(foldedKey: keys.folded),
                [.chemical, .geneOrProtein].contains(participant.category)
            else { return nil }
            let evidence = Evidence(
                documentID: document.id, sentenceIndex: sentence.index, sentenceText: sentence.text,
                subjectSpan: analysis.span(of: match.tokens), triggerSpan: head.span,
                objectSpan: analysis.span(of: modifier.startIndex..<modifier.endIndex), trigger: head.text,
                rule: Self.participantRule, isNegated: false, isHedged: false)
            let relation = Relation(
                subject: match.entity, predicate: .hasParticipant, polarity: .unknown, object: participant)
            return ExtractedRelation(relation: relation, evidence: evidence)
        }
    }
}
