import LitGraphModel

extension GraphStore {
    /// Every subject–object pair whose evidence disagrees (see ``RelationConflict``), with the
    /// evidence of both sides.
    ///
    /// Reads only the relations of pairs with more than one relation or with a negated row, then
    /// their evidence: O(evidence of those pairs).
    public func conflicts() throws -> [RelationConflict] {
        return try reading {
            let condition = """
                EXISTS (SELECT 1 FROM relations r2 WHERE r2.subject_id = r.subject_id AND r2.object_id = r.object_id \
                AND r2.id <> r.id) OR EXISTS (SELECT 1 FROM evidence e2 JOIN relations r3 ON r3.id = e2.relation_id \
                WHERE r3.subject_id = r.subject_id AND r3.object_id = r.object_id AND e2.negated = 1)
                """
            var evidence: [Int: [Evidence]] = [:]
            for (relationID, row) in try evidenceRows(
                where: "e.relation_id IN (SELECT r.id FROM relations r WHERE \(condition))", [])
            {
                evidence[relationID, default: []].append(row)
            }
            let edges = try relationRows(where: condition, [], filter: .none).map { row in
                var edge = row.edge
                edge.evidence = evidence[row.id] ?? []
                return edge
            }
            return RelationConflict.find(in: KnowledgeGraph(name: "", nodes: [], edges: edges).edges)
        }
    }
}
