import LitGraphModel
import LitGraphStore

extension GraphQueries {
    /// Entities whose identifier, name or a synonym contains `text`: `litgraph entities`.
    ///
    /// Columns: id, name, category, degree (relations touching the entity), out_degree (as
    /// subject), in_degree (as object), matched (the identifier, name or synonym that matched).
    /// Sorted by degree, highest first, then identifier; at most `limit` rows (all when `nil`).
    public func entities(matching text: String, limit: Int? = nil) throws -> Report {
        let rows: [[Report.Value]] = try store.entities(containing: text, limit: limit).map { match in
            [
                .text(match.entity.id), .text(match.entity.name), .text(match.entity.category.rawValue),
                .int(match.degree), .int(match.outDegree), .int(match.inDegree), .text(match.matched),
            ]
        }
        return Report(
            columns: ["id", "name", "category", "degree", "out_degree", "in_degree", "matched"], rows: rows)
    }
}
