import Foundation
public import LitGraphExport
public import LitGraphStore

/// Everything `litgraph export` writes from a database: graph formats from the graph, document
/// formats (PubTator) from the stored documents.
public enum DatabaseExport {
    /// The database at `databasePath` (opened read-only) rendered in `format`.
    ///
    /// `filter` selects the edges and evidence of the graph formats; the document formats
    /// (PubTator) write every stored document and ignore it.
    /// - Throws: `StoreError` when the database is missing, not LitGraph's, or too new.
    public static func render(
        _ format: ExportFormat, databasePath: String, filter: EdgeFilter = .none
    ) throws -> String {
        guard format.isDocumentFormat else {
            return try GraphExports(databasePath: databasePath, filter: filter).render(format)
        }
        return try pubTator(databasePath: databasePath)
    }

    /// Every stored document, in identifier order, with its mentions and asserted relations, as PubTator.
    public static func pubTator(databasePath: String) throws -> String {
        let store = try GraphStore(path: databasePath, mode: .readOnly)
        let exporter = PubTatorExporter()
        var output = ""
        try store.forEachDocument { stored in
            output += exporter.render(
                document: stored.document, mentions: stored.mentions, relations: stored.relations)
        }
        return output
    }
}
