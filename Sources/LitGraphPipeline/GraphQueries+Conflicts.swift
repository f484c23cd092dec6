import LitGraphModel
import LitGraphStore

extension GraphQueries {
    /// Subject–object pairs stated with opposite polarities, or stated and negated: `litgraph conflicts`.
    ///
    /// One row per evidence sentence: the conflict's number (1, 2, … in subject, object, kind
    /// order), its kind (`opposite-polarity`, `stated-and-negated`), the pair, the side the
    /// sentence is on (`positive`/`negative`, or `stated`/`negated`), its relation and the
    /// sentence with its document, flags and PubMed link.
    public func conflicts() throws -> Report {
        var rows: [[Report.Value]] = []
        for (index, conflict) in try store.conflicts().enumerated() {
            let labels = conflict.sideLabels
            let sides = conflict.first.map { (labels.first, $0) } + conflict.second.map { (labels.second, $0) }
            for (side, row) in sides {
                let evidence = row.evidence
                rows.append([
                    .int(index + 1), .text(conflict.kind.rawValue), .text(conflict.subject.id),
                    .text(conflict.subject.name), .text(conflict.object.id), .text(conflict.object.name), .text(side),
                    .text(row.relation.predicate.rawValue), .text(row.relation.polarity.rawValue),
                    .text(evidence.documentID), .int(evidence.sentenceIndex), .bool(evidence.isNegated),
                    .bool(evidence.isHedged), .text(evidence.sentenceText), .text(Self.pubMedURL(evidence.documentID)),
                ])
            }
        }
        return Report(
            columns: [
                "conflict", "kind", "subject", "subject_name", "object", "object_name", "side", "predicate", "polarity",
                "document", "sentence_index", "negated", "hedged", "sentence", "url",
            ],
            rows: rows
        )
    }
}
