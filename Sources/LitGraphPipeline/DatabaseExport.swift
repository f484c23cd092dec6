import Foundation
public import LitGraphExport
import LitGraphModel
public import LitGraphStore

/// Everything `litgraph export` writes from a database: graph formats from the graph (or the
/// neighbourhood of one entity), document formats (PubTator) from the stored documents.
public enum DatabaseExport {
    /// The database at `databasePath` (opened read-only) rendered in `format`, as text.
    ///
    /// `filter` selects the edges and evidence of the graph formats, `around` a neighbourhood; the
    /// document formats (PubTator) write every stored document and ignore both. A multi-file format
    /// gives its files one after the other (see ``export(_:databasePath:filter:around:)``).
    /// - Throws: `StoreError` when the database is missing, not LitGraph's, or too new;
    ///   `PipelineError` when `around` names no entity or several.
    public static func render(
        _ format: ExportFormat, databasePath: String, filter: EdgeFilter = .none, around: Neighbourhood? = nil
    ) throws -> String {
        guard format.isDocumentFormat else {
            return try GraphExports(databasePath: databasePath, filter: filter, around: around).render(format)
        }
        return try pubTator(databasePath: databasePath)
    }

    /// The database at `databasePath` exported in `format`: `litgraph export`.
    ///
    /// Returns the files to write with the numbers of nodes and edges exported; filters as
    /// ``render(_:databasePath:filter:around:)``.
    public static func export(
        _ format: ExportFormat, databasePath: String, filter: EdgeFilter = .none, around: Neighbourhood? = nil
    ) throws -> ExportOutput {
        guard format.isDocumentFormat else {
            let exports = try GraphExports(databasePath: databasePath, filter: filter, around: around)
            let nodeCount = Set(
                exports.graph.nodes.map(\.id)
                    + exports.graph.edges.flatMap {
                        [$0.relation.subject.id, $0.relation.object.id]
                    }
            ).count
            return ExportOutput(
                format: format, files: exports.files(format), nodeCount: nodeCount,
                edgeCount: exports.graph.edges.count)
        }
        let name = URL(fileURLWithPath: databasePath).deletingPathExtension().lastPathComponent
        let file = ExportedFile(
            name: "\(ExportFormat.safeBaseName(name)).\(format.fileExtension)",
            contents: try pubTator(databasePath: databasePath))
        return ExportOutput(format: format, files: [file], nodeCount: nil, edgeCount: nil)
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
