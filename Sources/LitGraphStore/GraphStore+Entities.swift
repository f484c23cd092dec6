public import LitGraphModel

extension GraphStore {
    /// Entities a user's query names, by identifier, else by name or synonym; each at most once,
    /// sorted by degree (relations touching the entity) descending, then identifier.
    ///
    /// The identifier match is case-insensitive and also accepts a bare MeSH identifier
    /// (`D010121` for `MESH:D010121`). Without an identifier match, `text` is compared (lowercased,
    /// white space collapsed) with each entity's canonical name and every surface form seen in a
    /// mention. Several results mean the query is ambiguous; none means it is unknown.
    public func entities(matching text: String) throws -> [Entity] {
        let query = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !query.isEmpty else { return [] }
        let byID = try connection.cachedStatement(
            "SELECT id, name, category, \(Self.degreeSQL) FROM entities e WHERE id = ? COLLATE NOCASE"
        )
        var found: [String: (entity: Entity, degree: Int)] = [:]
        for candidate in Self.identifierCandidates(for: query) {
            for row in try byID.rows([.text(candidate)], decodeRankedEntity) {
                found[row.entity.id] = row
            }
        }
        if found.isEmpty {
            let byName = try connection.cachedStatement(
                """
                SELECT id, name, category, \(Self.degreeSQL) FROM entities e
                WHERE id IN (SELECT entity_id FROM entity_names WHERE normalized = ?)
                """
            )
            for row in try byName.rows([.text(query.normalizedEntityName)], decodeRankedEntity) {
                found[row.entity.id] = row
            }
        }
        return found.values
            .sorted { ($1.degree, $0.entity.id) < ($0.degree, $1.entity.id) }
            .map(\.entity)
    }

    /// The number of relation ends at entity `e` (a self-loop counts twice); a fixed SQL fragment.
    private static let degreeSQL = """
        (SELECT count(*) FROM relations WHERE subject_id = e.id)
        + (SELECT count(*) FROM relations WHERE object_id = e.id)
        """

    /// The identifiers `query` may stand for: itself, and `MESH:<query>` for a bare MeSH identifier.
    static func identifierCandidates(for query: String) -> [String] {
        let scalars = Array(query.unicodeScalars)
        let isBareMeSH =
            scalars.count > 1 && "CDcd".unicodeScalars.contains(scalars[0])
            && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
        return isBareMeSH ? [query, "MESH:" + query] : [query]
    }

    /// Reads `id, name, category, degree` from the current row.
    private func decodeRankedEntity(_ row: Statement) throws -> (entity: Entity, degree: Int) {
        (try decodeEntity(row, from: 0), row.int(at: 3))
    }

    /// Reads an entity from three columns (`id, name, category`) starting at `column`.
    func decodeEntity(_ row: Statement, from column: Int32) throws -> Entity {
        let raw = row.text(at: column + 2)
        guard let category = EntityCategory(rawValue: raw) else {
            throw StoreError.unreadableValue(path: path, column: "entities.category", value: raw)
        }
        return Entity(id: row.text(at: column), name: row.text(at: column + 1), category: category)
    }
}
