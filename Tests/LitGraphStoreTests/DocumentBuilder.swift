import LitGraphModel

/// Builds an `AnnotatedDocument` by hand: sentences from strings, mentions and relations located
/// by their surface text, with offsets counted in Unicode scalars as the model requires.
struct DocumentBuilder {
    private(set) var document: Document
    private(set) var sentences: [Sentence] = []
    private(set) var mentions: [Mention] = []
    private(set) var relations: [ExtractedRelation] = []

    /// A document whose title is sentence 0 and whose abstract is `abstractSentences` joined by spaces.
    init(id: String, title: String, abstractSentences: [String], journal: String? = "J Test", year: Int? = 2024) {
        document = Document(
            id: id, pmid: id, title: title, abstract: abstractSentences.joined(separator: " "), journal: journal,
            year: year, meshHeadings: [MeshHeading(descriptorID: "D010121", name: "Oxytocin", isMajorTopic: true)],
            publicationTypes: ["Journal Article"], source: "test.xml")
        var start = 0
        for (index, text) in ([title] + abstractSentences).enumerated() {
            let length = text.unicodeScalars.count
            sentences.append(Sentence(index: index, span: TextSpan(start: start, end: start + length), text: text))
            start += length + 1
        }
    }

    /// The finished document.
    var annotated: AnnotatedDocument {
        AnnotatedDocument(document: document, sentences: sentences, mentions: mentions, relations: relations)
    }

    /// Records a mention of `entity` written as `surface`, the `occurrence`-th (from 1) in sentence `sentence`.
    @discardableResult
    mutating func mention(_ entity: Entity, _ surface: String, sentence: Int, occurrence: Int = 1) -> TextSpan {
        let span = locate(surface, sentence: sentence, occurrence: occurrence)
        if !mentions.contains(where: { $0.span == span }) {
            mentions.append(Mention(entity: entity, span: span, text: surface))
        }
        return span
    }

    /// Records `subject` –`predicate`/`polarity`→ `object` read in sentence `sentence`.
    mutating func relate(
        _ subject: (Entity, String), _ predicate: RelationPredicate, _ polarity: Polarity, _ object: (Entity, String),
        trigger: String, sentence: Int, rule: String = "active-verb", negated: Bool = false, hedged: Bool = false,
        confidence: Double? = nil
    ) {
        let subjectSpan = mention(subject.0, subject.1, sentence: sentence)
        let objectSpan = mention(object.0, object.1, sentence: sentence)
        let evidence = Evidence(
            documentID: document.id, sentenceIndex: sentence, sentenceText: sentences[sentence].text,
            subjectSpan: subjectSpan, triggerSpan: locate(trigger, sentence: sentence), objectSpan: objectSpan,
            trigger: trigger, rule: rule, isNegated: negated, isHedged: hedged, confidence: confidence)
        let relation = Relation(subject: subject.0, predicate: predicate, polarity: polarity, object: object.0)
        relations.append(ExtractedRelation(relation: relation, evidence: evidence))
    }

    /// The span of the `occurrence`-th `surface` in sentence `sentence`, in document scalars.
    private func locate(_ surface: String, sentence: Int, occurrence: Int = 1) -> TextSpan {
        let haystack = Array(sentences[sentence].text.unicodeScalars)
        let needle = Array(surface.unicodeScalars)
        let base = sentences[sentence].span.start
        guard needle.count <= haystack.count else {
            preconditionFailure("\(surface) is not in sentence \(sentence)")
        }
        var seen = 0
        for offset in 0...(haystack.count - needle.count)
        where Array(haystack[offset..<(offset + needle.count)]) == needle {
            seen += 1
            if seen == occurrence { return TextSpan(start: base + offset, end: base + offset + needle.count) }
        }
        preconditionFailure("\(surface) is not in sentence \(sentence)")
    }
}
