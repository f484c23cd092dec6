import LitGraphModel
public import LitGraphStore

extension GraphQueries {
    /// The sentences behind every relation between two entities, in either direction, as `filter`
    /// keeps them: `litgraph evidence`.
    ///
    /// Columns: document, sentence_index, subject_name, predicate, polarity, object_name, trigger,
    /// rule, negated, hedged, sentence, url; then, left out of tables, sentence_offset (where the
    /// sentence starts in the document's text) and subject_start, subject_end, trigger_start,
    /// trigger_end, object_start, object_end: code points into `sentence`, 0-based, end-exclusive,
    /// empty when the span lies outside the sentence (a `pair-model-title` argument read in the
    /// title). Tables mark the arguments `[…]` and the trigger `{…}` in the sentence instead.
    public func evidence(subject: String, object: String, filter: EdgeFilter = .none) throws -> Report {
        let subjectEntity = try entity(subject)
        let objectEntity = try entity(object)
        let edges = try store.edges(
            from: subjectEntity.id, to: objectEntity.id, eitherDirection: true, filter: filter)
        var rows: [[Report.Value]] = []
        for edge in edges {
            for evidence in edge.evidence {
                let located = try locate(evidence)
                rows.append(
                    [
                        .text(evidence.documentID), .int(evidence.sentenceIndex), .text(edge.relation.subject.name),
                        .text(edge.relation.predicate.rawValue), .text(edge.relation.polarity.rawValue),
                        .text(edge.relation.object.name), .text(evidence.trigger), .text(evidence.rule),
                        .bool(evidence.isNegated), .bool(evidence.isHedged), located.sentence,
                        .text(Self.pubMedURL(evidence.documentID)), located.sentenceOffset,
                    ] + located.offsets)
            }
        }
        return Report(
            columns: [
                "document", "sentence_index", "subject_name", "predicate", "polarity", "object_name", "trigger", "rule",
                "negated", "hedged", "sentence", "url", "sentence_offset", "subject_start", "subject_end",
                "trigger_start", "trigger_end", "object_start", "object_end",
            ],
            rows: rows,
            signColumns: ["polarity"],
            machineOnlyColumns: [
                "sentence_offset", "subject_start", "subject_end", "trigger_start", "trigger_end", "object_start",
                "object_end",
            ]
        )
    }

    /// An evidence row's sentence with its arguments and trigger marked, where the sentence starts,
    /// and the six sentence-relative offsets (subject, trigger, object; missing outside the sentence).
    func locate(
        _ evidence: Evidence
    ) throws -> (sentence: Report.Value, sentenceOffset: Report.Value, offsets: [Report.Value]) {
        guard let sentence = try store.sentence(documentID: evidence.documentID, index: evidence.sentenceIndex) else {
            return (.text(evidence.sentenceText), .missing, Array(repeating: .missing, count: 6))
        }
        let spans = [evidence.subjectSpan, evidence.triggerSpan, evidence.objectSpan].map {
            Self.relative($0, in: sentence)
        }
        let marks = zip(spans, [TextMark.Kind.argument, .trigger, .argument]).compactMap { span, kind in
            span.map { TextMark(span: $0, kind: kind) }
        }
        let offsets = spans.flatMap { span -> [Report.Value] in
            guard let span else { return [.missing, .missing] }
            return [.int(span.start), .int(span.end)]
        }
        return (.marked(sentence.text, marks), .int(sentence.span.start), offsets)
    }

    /// `span` (in the document's text) counted from the start of `sentence`; `nil` when it does not
    /// lie within the sentence.
    static func relative(_ span: TextSpan, in sentence: Sentence) -> TextSpan? {
        let start = span.start - sentence.span.start
        let end = span.end - sentence.span.start
        guard start >= 0, end <= sentence.span.length else { return nil }
        return TextSpan(start: start, end: end)
    }
}
