public import LitGraphModel

/// The "same sentence" baseline: every pair of distinct grounded entities whose mentions lie in one
/// sentence is predicted to be related.
///
/// The pairs are produced as relations (`associated_with`, polarity unknown, rule
/// ``rule``, neither negated nor hedged) so that they go through the same scorer as the
/// extractor's (``RelationEvaluation``). A mention belongs to the sentence its first code point
/// lies in; ungrounded (`LITGRAPH:`) entities take no part. Each pair is predicted once per
/// sentence, in text order of its first mentions.
public struct CooccurrenceBaseline: Sendable {
    /// The rule name the baseline's evidence carries.
    public static let rule = "cooccurrence-baseline"

    /// Creates the baseline.
    public init() {}

    /// `annotated` with its relations replaced by one per co-occurring pair of entities.
    ///
    /// Complexity: O(m log s + Σ k²) for m mentions, s sentences and k distinct entities per sentence.
    public func predictions(for annotated: AnnotatedDocument) -> AnnotatedDocument {
        var result = annotated
        result.relations = []
        let sentences = annotated.sentences.sorted { $0.span < $1.span }
        var bySentence: [Int: [Mention]] = [:]
        for mention in annotated.mentions where mention.entity.isGrounded {
            guard let position = Self.sentencePosition(of: mention.span.start, in: sentences) else { continue }
            if !bySentence[position, default: []].contains(where: { $0.entity.id == mention.entity.id }) {
                bySentence[position, default: []].append(mention)
            }
        }
        for position in bySentence.keys.sorted() {
            let mentions = (bySentence[position] ?? []).sorted { $0.span < $1.span }
            for (index, subject) in mentions.enumerated() {
                for object in mentions[(index + 1)...] {
                    result.relations.append(
                        relation(subject, object, in: sentences[position], documentID: annotated.document.id))
                }
            }
        }
        return result
    }

    private func relation(_ subject: Mention, _ object: Mention, in sentence: Sentence, documentID: String)
        -> ExtractedRelation
    {
        ExtractedRelation(
            relation: Relation(
                subject: subject.entity, predicate: .associatedWith, polarity: .unknown, object: object.entity),
            evidence: Evidence(
                documentID: documentID, sentenceIndex: sentence.index, sentenceText: sentence.text,
                subjectSpan: subject.span, triggerSpan: TextSpan(start: subject.span.end, end: subject.span.end),
                objectSpan: object.span, trigger: "", rule: Self.rule))
    }

    /// The position in `sentences` (sorted by span) of the sentence holding code point `offset`.
    static func sentencePosition(of offset: Int, in sentences: [Sentence]) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].span.start <= offset else { return nil }
        return low
    }
}
