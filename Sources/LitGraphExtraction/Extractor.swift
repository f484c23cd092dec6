public import LitGraphModel

/// Reads a document and finds its sentences, entity mentions and relations: the annotate and
/// extract stages of the pipeline.
///
/// An extractor is immutable and `Sendable`; one instance can serve many threads.
public struct Extractor: Sendable {
    /// The lexicon entities are matched against.
    public let lexicon: Lexicon
    /// A user's vocabulary (`litgraph lexicon import`), matched before the lexicon; `nil` when none.
    public let vocabulary: Lexicon?
    /// Where entities come from when the input carries annotations.
    public let entitySource: EntitySource
    /// The rodent genes a mouse or rat document's gene names are grounded to.
    public let orthologs: OrthologTable
    /// The trained model that relates entity pairs the rules leave unrelated.
    public let relationModel: RelationModel
    private let splitter = SentenceSplitter()
    private let tokenizer = Tokenizer()
    private let triggers = TriggerLexicon.builtIn
    /// The trigger vocabulary and the lexicon, shared by every sentence's analysis.
    private let sentenceVocabulary: SentenceVocabulary

    /// Creates an extractor over a lexicon, optionally with a user's vocabulary that wins where
    /// both match, a choice of entity source for annotated inputs, a table grounding rodent
    /// documents' genes (none by default: every gene keeps its human identifier) and a relation
    /// model (none by default: relations come from the rules only).
    public init(
        lexicon: Lexicon, vocabulary: Lexicon? = nil, entitySource: EntitySource = .gold,
        orthologs: OrthologTable = .empty, relationModel: RelationModel = .empty
    ) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.entitySource = entitySource
        self.orthologs = orthologs
        self.relationModel = relationModel
        sentenceVocabulary = SentenceVocabulary(triggers: TriggerLexicon.builtIn, lexicon: lexicon)
    }

    /// This extractor with a user's vocabulary entries added (matched before the lexicon).
    ///
    /// - Throws: ``LexiconError`` when an entry cannot be made into a lexicon term.
    public func adding(vocabulary entries: [VocabularyEntry]) throws -> Extractor {
        guard !entries.isEmpty else { return self }
        var tsv = "id\tname\tcategory\tsynonyms\n"
        for entry in entries {
            let fields = [entry.id, entry.name, entry.category.rawValue, entry.synonyms.joined(separator: "|")]
            tsv += fields.map { $0.replacingTabsAndNewlines() }.joined(separator: "\t") + "\n"
        }
        let user = try Lexicon(tsv: tsv, source: "the database's imported vocabulary")
        return Extractor(
            lexicon: lexicon, vocabulary: user, entitySource: entitySource, orthologs: orthologs,
            relationModel: relationModel)
    }

    /// This extractor with another entity source.
    public func using(_ source: EntitySource) -> Extractor {
        Extractor(
            lexicon: lexicon, vocabulary: vocabulary, entitySource: source, orthologs: orthologs,
            relationModel: relationModel)
    }

    /// This extractor with another ortholog table (``OrthologTable/empty`` to keep human genes).
    public func using(_ orthologs: OrthologTable) -> Extractor {
        Extractor(
            lexicon: lexicon, vocabulary: vocabulary, entitySource: entitySource, orthologs: orthologs,
            relationModel: relationModel)
    }

    /// This extractor with another relation model (``RelationModel/empty`` for rules only).
    public func using(_ relationModel: RelationModel) -> Extractor {
        Extractor(
            lexicon: lexicon, vocabulary: vocabulary, entitySource: entitySource, orthologs: orthologs,
            relationModel: relationModel)
    }

    /// An extractor over the built-in lexicon, ortholog table and relation model.
    ///
    /// - Throws: ``LexiconError``, ``TrainedFileError`` or ``TrainedFileError`` if a packaged
    ///   resource is missing or malformed.
    public static func builtIn() throws -> Extractor {
        Extractor(
            lexicon: try Lexicon.builtIn(), orthologs: try OrthologTable.builtIn(),
            relationModel: try RelationModel.builtIn())
    }

    /// Annotates one document: sentences, mentions and relations with their evidence — the rules'
    /// relations, then the relation model's for pairs the rules leave unrelated.
    ///
    /// Complexity: linear in the document's length for all practical inputs.
    public func annotate(_ document: Document) -> AnnotatedDocument {
        var unmeasured: ExtractionTimings? = nil
        return annotate(document, measuring: &unmeasured)
    }

    /// Annotates one document as ``annotate(_:)`` does, adding the time its annotate and extract
    /// stages took to `timings` (`litgraph build --timings`).
    public func annotate(_ document: Document, timings: inout ExtractionTimings) -> AnnotatedDocument {
        var measured: ExtractionTimings? = timings
        measured?.start()
        let annotated = annotate(document, measuring: &measured)
        if let measured { timings = measured }
        return annotated
    }

    private func annotate(_ document: Document, measuring timings: inout ExtractionTimings?) -> AnnotatedDocument {
        let analysis = analysed(document, measuring: &timings)
        var relations = analysis.document.relations
        if !relationModel.isEmpty {
            relations += modelRelations(analysis.pairCandidates(triggers: triggers), document: document)
        }
        var annotated = analysis.document
        annotated.relations = relations
        timings?.lap(.extract)
        return annotated
    }

    /// The candidate pairs the relation model would score in `document`, with their features.
    public func pairCandidates(in document: Document) -> [PairCandidate] {
        var unmeasured: ExtractionTimings? = nil
        return analysed(document, measuring: &unmeasured).pairCandidates(triggers: triggers).candidates()
    }

    /// Sentences, mentions and rule relations of a document, with each sentence's matches; the
    /// time taken goes to `timings` when it is not `nil`.
    func analysed(_ document: Document, measuring timings: inout ExtractionTimings?) -> DocumentAnalysis {
        let scalars = document.text.unicodeScalarArray
        // An all-ASCII text (as many scalars as bytes) gives its sentences' texts by copying.
        let asciiText = scalars.count == document.text.utf8.count ? document.text : nil
        let sentences = splitter.sentences(
            in: scalars, titleLength: document.title.unicodeScalars.count, asciiText: asciiText)
        let recognized = recognized(document, scalars: scalars, sentences: sentences)
        var context = DiscourseContext()
        var mentions: [Mention] = []
        var relations: [ExtractedRelation] = []
        var matched: [SentenceMatches] = []
        timings?.lap(.annotate)
        for (sentence, (tokens, matches)) in zip(sentences, recognized) {
            var analysis = SentenceAnalysis(
                tokens: tokens, matches: matches, vocabulary: sentenceVocabulary, context: context
            )
            let findings = analysis.run()
            var sentenceMentions = matches.map { match in
                let span = analysis.span(of: match.tokens)
                return Mention(entity: match.entity, span: span, text: text(scalars, span))
            }
            // Findings of one trigger share its cues, read once.
            var cues: [(trigger: Range<Int>, cues: TriggerCues)] = []
            for finding in findings {
                let triggerCues: TriggerCues
                if let known = cues.first(where: { $0.trigger == finding.trigger }) {
                    triggerCues = known.cues
                } else {
                    triggerCues = TriggerCues(finding.trigger, in: analysis)
                    cues.append((finding.trigger, triggerCues))
                }
                relations.append(
                    relation(
                        from: finding, in: sentence, analysis: analysis, cues: triggerCues, scalars: scalars,
                        document: document))
                // An ungrounded argument is a mention where the text names it, not where a pronoun
                // ("their") points at it.
                appendNamedMention(of: finding.subject, to: &sentenceMentions, scalars: scalars)
                appendNamedMention(of: finding.object, to: &sentenceMentions, scalars: scalars)
            }
            relations += participantRelations(matches, analysis: analysis, sentence: sentence, document: document)
            mentions += Self.unique(sentenceMentions)
            context.advance(
                subjects: findings.lazy.map { $0.subject.entity }, mentions: matches.lazy.map { $0.entity })
            matched.append(SentenceMatches(sentence: sentence, tokens: tokens, matches: matches))
            timings?.lap(.extract)
        }
        return DocumentAnalysis(
            document: AnnotatedDocument(
                document: document, sentences: sentences, mentions: mentions, relations: relations),
            sentences: matched, titleLength: document.title.unicodeScalars.count)
    }

    /// Each sentence's tokens and entity matches: the lexicon's (with the document's abbreviations
    /// and rodent genes), variants and a user's vocabulary, or the input's own annotations.
    ///
    /// Every sentence is tokenized and matched against the lexicon once, before abbreviations are
    /// resolved, and the defining sentences' matches are reused for that. When the input's own
    /// entities replace the lexicon's (`--ner gold` on an annotated input), nothing else is looked for.
    private func recognized(
        _ document: Document, scalars: [Unicode.Scalar], sentences: [Sentence]
    ) -> [(tokens: [Token], matches: [EntityRecognizer.Match])] {
        let annotations = AnnotationMatcher(annotations: document.annotations)
        let source: EntitySource = document.annotations.isEmpty ? .lexicon : entitySource
        // Each ASCII word's shape is read as the word is tokenized, for the lexicon-key pieces the
        // recognizer needs (not when the input's annotations are the only entities); one buffer of
        // shapes serves every sentence.
        var keys: [SentenceKeys] = []
        keys.reserveCapacity(sentences.count)
        var shapes: [ASCIIWordShape?] = []
        let tokens = sentences.map { sentence in
            shapes.removeAll(keepingCapacity: true)
            let tokens = tokenizer.tokens(of: scalars, in: sentence.span, shapes: &shapes)
            if source != .gold { keys.append(SentenceKeys(tokens, shapes: shapes)) }
            return tokens
        }
        guard source != .gold else {
            return zip(sentences, tokens).map { ($1, annotations.matches(in: $1, sentence: $0.span)) }
        }
        let speciesWords = SpeciesDetector().counts(of: scalars)
        let species = SpeciesDetector().species(from: speciesWords)
        var recognizer = EntityRecognizer(lexicon: lexicon)
        recognizer.matchesRodentSymbols = species != .human
        let lexiconMatches = zip(tokens, keys).map { recognizer.matches(in: $0, keys: $1) }
        let abbreviations = AbbreviationSenses(
            scalars: scalars, sentences: sentences, tokens: tokens, matches: lexiconMatches, recognizer: recognizer)
        let userRecognizer = vocabulary.map { EntityRecognizer(lexicon: $0) }
        let variants = VariantRecognizer()
        return sentences.indices.map { index in
            let tokens = tokens[index]
            var matches = orthologs.grounding(
                abbreviations.apply(to: lexiconMatches[index], in: tokens, keys: keys[index]), in: species,
                ungroundingUnlisted: speciesWords.isRodentOnly)
            // A variant ("R215W", "c.643C>T") wins over a lexicon term it overlaps.
            matches = AnnotationMatcher.merge(
                preferred: variants.matches(in: tokens, scalars: scalars), others: matches)
            if let userRecognizer {
                matches = AnnotationMatcher.merge(preferred: userRecognizer.matches(in: tokens), others: matches)
            }
            if source == .both {
                matches = AnnotationMatcher.merge(
                    preferred: annotations.matches(in: tokens, sentence: sentences[index].span), others: matches)
            }
            return (tokens, matches)
        }
    }

    /// Appends the mention of an ungrounded argument where the text names it.
    private func appendNamedMention(of argument: Argument, to mentions: inout [Mention], scalars: [Unicode.Scalar]) {
        guard !argument.entity.isGrounded,
            text(scalars, argument.span).lowercased() == argument.entity.name.lowercased()
        else { return }
        mentions.append(Mention(entity: argument.entity, span: argument.span, text: text(scalars, argument.span)))
    }

    private func relation(
        from finding: Finding,
        in sentence: Sentence,
        analysis: SentenceAnalysis,
        cues: TriggerCues,
        scalars: [Unicode.Scalar],
        document: Document
    ) -> ExtractedRelation {
        let triggerSpan = analysis.span(of: finding.trigger)
        let evidence = Evidence(
            documentID: document.id,
            sentenceIndex: sentence.index,
            sentenceText: sentence.text,
            subjectSpan: finding.subject.span,
            triggerSpan: triggerSpan,
            objectSpan: finding.object.span,
            trigger: text(scalars, triggerSpan),
            rule: finding.rule,
            isNegated: cues.isNegated,
            isHedged: cues.isHedged,
            isComparison: cues.isComparison
        )
        let relation = Relation(
            subject: finding.subject.entity, predicate: finding.predicate, polarity: finding.polarity,
            object: finding.object.entity
        )
        return ExtractedRelation(relation: relation, evidence: evidence)
    }

    private func text(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        String(scalars: scalars[span.start..<span.end])
    }

    private static func unique(_ mentions: [Mention]) -> [Mention] {
        // Mentions whose spans strictly increase (most sentences' matches) are sorted and unique
        // as they are.
        if isInStrictOrder(mentions) { return mentions }
        // Sorted, mentions with equal spans are neighbours: the first of each run is kept.
        var kept: [Mention] = []
        for mention in mentions.sorted(by: { $0.span < $1.span }) where kept.last?.span != mention.span {
            kept.append(mention)
        }
        return kept
    }
}

extension Extractor {
    /// Whether the mentions' spans strictly increase.
    static func isInStrictOrder(_ mentions: [Mention]) -> Bool {
        var index = 1
        while index < mentions.count {
            guard mentions[index - 1].span < mentions[index].span else { return false }
            index += 1
        }
        return true
    }
}

extension String {
    /// The string with tabs, carriage returns and newlines replaced by spaces (for one TSV cell).
    fileprivate func replacingTabsAndNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { ["\t", "\n", "\r"].contains($0) ? " " : $0 }))
    }
}
