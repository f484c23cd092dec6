import LitGraphModel

extension GraphStore {
    /// Relations matching `condition` (a fixed SQL fragment over `relations r` whose values are
    /// bound from `values`), with both entities and their summary — counts, belief, years, flag
    /// counts — computed over the evidence `filter` keeps, without the evidence itself; only
    /// edges the filter keeps are returned.
    ///
    /// - Parameter focus: the entity queried, for ``EdgeFilter/partnerCategories``; `nil` when
    ///   the read has no entity in focus (either end must then be of a kept category).
    func relationRows(
        where condition: String, _ values: [SQLiteValue], filter: EdgeFilter, focus: String? = nil
    ) throws -> [(id: Int, edge: GraphEdge)] {
        let beliefs = try beliefs(where: condition, values, filter: filter)
        var bound = values
        let evidenceCondition = filter.evidenceCondition(binding: &bound)
        let relationCondition = filter.relationCondition(focus: focus, binding: &bound)
        let rows = try connection.cachedStatement(
            """
            SELECT r.id, r.predicate, r.polarity, count(*), count(DISTINCT e.document_id), min(d.year), max(d.year),
            sum(e.negated), sum(e.hedged), s.id, s.name, s.category, o.id, o.name, o.category
            FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
            JOIN evidence e ON e.relation_id = r.id
            JOIN documents d ON d.id = e.document_id
            WHERE (\(condition)) AND (\(evidenceCondition)) AND (\(relationCondition))
            GROUP BY r.id
            """
        ).rows(bound) { row in
            let relation = Relation(
                subject: try decodeEntity(row, from: 9),
                predicate: try decode(RelationPredicate.self, row, at: 1, column: "relations.predicate"),
                polarity: try decode(Polarity.self, row, at: 2, column: "relations.polarity"),
                object: try decodeEntity(row, from: 12)
            )
            let id = row.int(at: 0)
            let edge = GraphEdge(
                relation: relation, evidenceCount: row.int(at: 3), documentCount: row.int(at: 4), evidence: [],
                belief: beliefs[id]?.value ?? 0, firstYear: row.optionalInt(at: 5), lastYear: row.optionalInt(at: 6),
                negatedCount: row.int(at: 7), hedgedCount: row.int(at: 8)
            )
            return (id: id, edge: edge)
        }
        return rows.filter { filter.keeps($0.edge) }
    }

    /// The ``Belief`` of every relation matching `condition`, over the evidence `filter` keeps.
    private func beliefs(
        where condition: String, _ values: [SQLiteValue], filter: EdgeFilter
    ) throws -> [Int: Belief] {
        var beliefs: [Int: Belief] = [:]
        var bound = values
        let evidenceCondition = filter.evidenceCondition(binding: &bound)
        let rows = try connection.cachedStatement(
            """
            SELECT e.relation_id, e.negated, e.hedged, e.confidence
            FROM evidence e JOIN relations r ON r.id = e.relation_id
            WHERE (\(condition)) AND (\(evidenceCondition))
            """
        ).rows(bound) { row in
            (
                id: row.int(at: 0), negated: row.int(at: 1) != 0, hedged: row.int(at: 2) != 0,
                confidence: row.optionalDouble(at: 3)
            )
        }
        for row in rows {
            beliefs[row.id, default: Belief()].add(
                confidence: row.confidence, isHedged: row.hedged, isNegated: row.negated)
        }
        return beliefs
    }

    /// Evidence rows with their sentence text, matching `condition` (a fixed SQL fragment over
    /// `evidence e`) and kept by `filter`, ordered by relation, document identifier, then sentence index.
    func evidenceRows(
        where condition: String, _ values: [SQLiteValue], filter: EdgeFilter = .none
    ) throws -> [(relationID: Int, evidence: Evidence)] {
        var bound = values
        let evidenceCondition = filter.evidenceCondition(binding: &bound)
        return try connection.cachedStatement(
            """
            SELECT e.relation_id, e.document_id, e.sentence_index, s.text, e.subject_start, e.subject_end,
            e.trigger_start, e.trigger_end, e.object_start, e.object_end, e.trigger, e.rule, e.negated, e.hedged,
            e.confidence, e.comparison
            FROM evidence e JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence_index
            WHERE (\(condition)) AND (\(evidenceCondition))
            ORDER BY e.relation_id, e.document_id, e.sentence_index, e.id
            """
        ).rows(bound) { row in
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
                isHedged: row.int(at: 13) != 0,
                isComparison: row.int(at: 15) != 0,
                confidence: row.optionalDouble(at: 14)
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
