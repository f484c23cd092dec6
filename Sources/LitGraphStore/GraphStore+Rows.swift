import LitGraphModel

extension GraphStore {
    /// Relations (with both entities and the counts, without evidence) matching `condition`, a
    /// fixed SQL fragment over `relations r` whose values are bound from `values`.
    func relationRows(where condition: String, _ values: [SQLiteValue]) throws -> [(id: Int, edge: GraphEdge)] {
        try connection.cachedStatement(
            """
            SELECT r.id, r.predicate, r.polarity, r.evidence_count, r.document_count,
            s.id, s.name, s.category, o.id, o.name, o.category
            FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
            WHERE \(condition)
            """
        ).rows(values) { row in
            let relation = Relation(
                subject: try decodeEntity(row, from: 5),
                predicate: try decode(RelationPredicate.self, row, at: 1, column: "relations.predicate"),
                polarity: try decode(Polarity.self, row, at: 2, column: "relations.polarity"),
                object: try decodeEntity(row, from: 8)
            )
            let edge = GraphEdge(
                relation: relation, evidenceCount: row.int(at: 3), documentCount: row.int(at: 4), evidence: [])
            return (row.int(at: 0), edge)
        }
    }

    /// Evidence rows with their sentence text, matching `condition` (a fixed SQL fragment over
    /// `evidence e`), ordered by relation, document identifier, then sentence index.
    func evidenceRows(where condition: String, _ values: [SQLiteValue]) throws -> [(
        relationID: Int, evidence: Evidence
    )] {
        try connection.cachedStatement(
            """
            SELECT e.relation_id, e.document_id, e.sentence_index, s.text, e.subject_start, e.subject_end,
            e.trigger_start, e.trigger_end, e.object_start, e.object_end, e.trigger, e.rule, e.negated, e.hedged
            FROM evidence e JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence_index
            WHERE \(condition)
            ORDER BY e.relation_id, e.document_id, e.sentence_index, e.id
            """
        ).rows(values) { row in
            let evidence = Evidence(
                documentID: row.text(at: 1),
                sentenceIndex: row.int(at: 2),
                sentenceText: row.text(at: 3),
                subjectSpan: try span(row, at: 4),
                triggerSpan: try span(row, at: 6),
                objectSpan: try span(row, at: 8),
                trigger: row.text(at: 10),
                rule: row.text(at: 11),
                isNegated: row.int(at: 12) != 0,
                isHedged: row.int(at: 13) != 0
            )
            return (row.int(at: 0), evidence)
        }
    }

    /// A span from two integer columns, refusing one that ends before it starts.
    private func span(_ row: Statement, at column: Int32) throws -> TextSpan {
        let (start, end) = (row.int(at: column), row.int(at: column + 1))
        guard end >= start else {
            throw StoreError.unreadableValue(path: path, column: "evidence span", value: "\(start)..<\(end)")
        }
        return TextSpan(start: start, end: end)
    }

    /// A stored enumeration value, or ``StoreError/unreadableValue(path:column:value:)``.
    private func decode<Value: RawRepresentable<String>>(
        _ type: Value.Type, _ row: Statement, at index: Int32, column: String
    ) throws -> Value {
        let raw = row.text(at: index)
        guard let value = Value(rawValue: raw) else {
            throw StoreError.unreadableValue(path: path, column: column, value: raw)
        }
        return value
    }
}
