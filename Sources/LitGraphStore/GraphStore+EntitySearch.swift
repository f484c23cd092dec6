import LitGraphModel

extension GraphStore {
    /// Entities whose identifier, name, recorded surface form or imported-vocabulary synonym
    /// contains `text`, case-insensitively: `litgraph entities`.
    ///
    /// Each entity appears once, with the text that matched best (an exact match, then a prefix,
    /// then the shortest). Sorted by degree (relations touching it) descending, then identifier;
    /// at most `limit` (all when `nil`). Scans every name: O(names).
    public func entities(containing text: String, limit: Int? = nil) throws -> [EntityMatch] {
        let query = text.normalizedEntityName
        guard !query.isEmpty else { return [] }
        let pattern = "%" + Self.escapedForLike(query) + "%"
        let found = try mappingLockErrors {
            try connection.cachedStatement(
                """
                SELECT id, id FROM entities WHERE id LIKE ?1 ESCAPE '\\'
                UNION SELECT entity_id, name FROM entity_names WHERE normalized LIKE ?1 ESCAPE '\\'
                UNION SELECT v.id, v.name FROM vocabulary v WHERE v.name LIKE ?1 ESCAPE '\\'
                AND v.id IN (SELECT id FROM entities)
                UNION SELECT v.id, j.value FROM vocabulary v, json_each(v.synonyms) j
                WHERE j.value LIKE ?1 ESCAPE '\\' AND v.id IN (SELECT id FROM entities)
                """
            ).rows([.text(pattern)]) { (id: $0.text(at: 0), matched: $0.text(at: 1)) }
        }
        var best: [String: String] = [:]
        for row in found
        where best[row.id].map({ Self.matchRank(row.matched, query) < Self.matchRank($0, query) }) ?? true {
            best[row.id] = row.matched
        }
        let degrees = try connection.cachedStatement(
            """
            SELECT id, name, category, (SELECT count(*) FROM relations WHERE subject_id = e.id),
            (SELECT count(*) FROM relations WHERE object_id = e.id) FROM entities e WHERE id = ?
            """
        )
        let matches = try best.keys.sorted().compactMap { id in
            try degrees.rows([.text(id)]) { row in
                EntityMatch(
                    entity: try decodeEntity(row, from: 0), matched: best[id] ?? id, outDegree: row.int(at: 3),
                    inDegree: row.int(at: 4))
            }.first
        }.sorted { ($1.degree, $0.entity.id) < ($0.degree, $1.entity.id) }
        return Array(matches.prefix(limit ?? matches.count))
    }

    /// How well `matched` matches `query` (lower is better): exact, then prefix, then anywhere;
    /// then shorter; then the text itself, so the choice is always the same.
    private static func matchRank(_ matched: String, _ query: String) -> (Int, Int, String) {
        let normalized = matched.normalizedEntityName
        let kind = normalized == query ? 0 : normalized.hasPrefix(query) ? 1 : 2
        return (kind, matched.count, matched)
    }

    /// `text` with the `LIKE` wildcards `%` and `_` and the escape character `\` escaped by `\`.
    static func escapedForLike(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
