public import LitGraphModel

/// Builds an `AnnotatedDocument` by hand, for tests that write through the real store: sentences
/// from strings, mentions and relations located by their surface text, offsets counted in Unicode
/// scalars as the model requires.
///
/// The same idea as the store tests' `DocumentBuilder`, public so that every test target can use it.
public struct AnnotatedDocumentBuilder: Sendable {
    /// The document so far.
    public private(set) var document: Document
    /// Its sentences; sentence 0 is the title.
    public private(set) var sentences: [Sentence] = []
    /// The mentions recorded so far.
    public private(set) var mentions: [Mention] = []
    /// The relations recorded so far.
    public private(set) var relations: [ExtractedRelation] = []

    /// A document whose title is sentence 0 and whose abstract is `abstractSentences` joined by spaces.
    public init(id: String, title: String, abstractSentences: [String], year: Int? = nil) {
        document = Document(
            id: id, pmid: id.allSatisfy(\.isNumber) ? id : nil, title: title,
            abstract: abstractSentences.joined(separator: " "), year: year)
        var start = 0
        for (index, text) in ([title] + abstractSentences).enumerated() {
            let length = text.unicodeScalars.count
            sentences.append(Sentence(index: index, span: TextSpan(start: start, end: start + length), text: text))
            start += length + 1
        }
    }

    /// The finished document.
    public var annotated: AnnotatedDocument {
        AnnotatedDocument(document: document, sentences: sentences, mentions: mentions, relations: relations)
    }

    /// Records a mention of `entity` written as `surface`, the first in sentence `sentence`.
    @discardableResult
    public mutating func mention(_ entity: Entity, _ surface: String, sentence: Int) -> TextSpan {
        let span = locate(surface, sentence: sentence)
        if !mentions.contains(where: { $0.span == span }) {
            mentions.append(Mention(entity: entity, span: span, text: surface))
        }
        return span
    }

    /// Records `subject` –`predicate`/`polarity`→ `object` read in sentence `sentence`, each
    /// argument given with its surface text there.
    public mutating func relate(
        _ subject: (Entity, String), _ predicate: RelationPredicate, _ polarity: Polarity, _ object: (Entity, String),
        trigger: String, sentence: Int, negated: Bool = false, hedged: Bool = false, confidence: Double? = nil
    ) {
        let evidence = Evidence(
            documentID: document.id, sentenceIndex: sentence, sentenceText: sentences[sentence].text,
            subjectSpan: mention(subject.0, subject.1, sentence: sentence),
            triggerSpan: locate(trigger, sentence: sentence),
            objectSpan: mention(object.0, object.1, sentence: sentence), trigger: trigger, rule: "active-verb",
            isNegated: negated, isHedged: hedged, confidence: confidence)
        relations.append(
            ExtractedRelation(
                relation: Relation(subject: subject.0, predicate: predicate, polarity: polarity, object: object.0),
                evidence: evidence))
    }

    /// The span of the first `surface` in sentence `sentence`, in document scalars.
    private func locate(_ surface: String, sentence: Int) -> TextSpan {
        let haystack = Array(sentences[sentence].text.unicodeScalars)
        let needle = Array(surface.unicodeScalars)
        let base = sentences[sentence].span.start
        if needle.count <= haystack.count {
            for offset in 0...(haystack.count - needle.count)
            where Array(haystack[offset..<(offset + needle.count)]) == needle {
                return TextSpan(start: base + offset, end: base + offset + needle.count)
            }
        }
        preconditionFailure("\(surface) is not in sentence \(sentence)")
    }
}
