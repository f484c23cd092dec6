import LitGraphModel

extension Extractor {
    /// The rule names of the relation model's findings: a pair in one sentence, and a pair joined
    /// through the title.
    public static let modelRules = (sentence: "pair-model", title: "pair-model-title")

    /// The relations the model finds among a document's candidate pairs, for pairs the rules did
    /// not relate.
    ///
    /// Each is an `associated_with` relation signed by the model's class, with the sentence where
    /// the two are named closest as its evidence and the model's probability as its confidence.
    /// The pairs are scored as their features are written (``RelationModel/Score``).
    func modelRelations(_ candidates: PairCandidates, document: Document) -> [ExtractedRelation] {
        var relations: [ExtractedRelation] = []
        candidates.forEachCandidate({ RelationModel.Score(relationModel) }) { subject, object, occurrence, score in
            let (pairClass, confidence) = relationModel.classify(score)
            guard pairClass != .none, !score.hasRule else { return }
            let evidence = Evidence(
                documentID: document.id, sentenceIndex: occurrence.sentence.index,
                sentenceText: occurrence.sentence.text, subjectSpan: occurrence.subjectSpan,
                triggerSpan: occurrence.triggerSpan, objectSpan: occurrence.objectSpan, trigger: occurrence.trigger,
                rule: occurrence.crossesSentences ? Self.modelRules.title : Self.modelRules.sentence,
                isNegated: occurrence.isNegated, isHedged: occurrence.isHedged,
                confidence: (confidence * 1000).rounded() / 1000)
            let relation = Relation(
                subject: subject, predicate: .associatedWith, polarity: pairClass.polarity, object: object)
            relations.append(ExtractedRelation(relation: relation, evidence: evidence))
        }
        return relations
    }
}
