public import Foundation
public import LitGraphExport

/// What `litgraph export` produced: the files of one format and the size of the graph in them.
public struct ExportOutput: Sendable {
    /// The format.
    public var format: ExportFormat
    /// The files: one for a single-file format, several for KGX and Neo4j.
    public var files: [ExportedFile]
    /// The nodes exported; `nil` for a document format (PubTator).
    public var nodeCount: Int?
    /// The edges exported; `nil` for a document format (PubTator).
    public var edgeCount: Int?

    /// Creates an output.
    public init(format: ExportFormat, files: [ExportedFile], nodeCount: Int?, edgeCount: Int?) {
        self.format = format
        self.files = files
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
    }

    /// The text of a single-file format (for a multi-file format, the files one after the other).
    public var text: String { files.map(\.contents).joined() }

    /// Writes the files into `directory` (created when missing), each atomically; returns their paths.
    /// - Throws: ``PipelineError/cannotWrite(path:reason:)``.
    public func write(into directory: URL) throws -> [String] {
        try GraphExports.write(files, into: directory)
    }

    /// The one-line summary printed on standard error after writing to `destination`, such as
    /// `wrote 15 nodes and 19 edges to out/ (graph_nodes.tsv, graph_edges.tsv)`.
    public func summary(destination: String) -> String {
        let names = files.count > 1 ? " (" + files.map(\.name).joined(separator: ", ") + ")" : ""
        guard let nodeCount, let edgeCount else { return "wrote \(destination)\(names)" }
        let nodes = nodeCount == 1 ? "1 node" : "\(nodeCount) nodes"
        let edges = edgeCount == 1 ? "1 edge" : "\(edgeCount) edges"
        return "wrote \(nodes) and \(edges) to \(destination)\(names)"
    }

    /// Lines for the user after writing into `directory`: for Neo4j, how to import the files.
    public func notes(directory: String) -> [String] {
        guard format == .neo4j else { return [] }
        return [
            "import into a new Neo4j 5 database (Neo4j stopped): sh \(directory)/import.sh [DATABASE], which runs: "
                + "cd \(directory) && \(Neo4jCSVExporter.importCommand())"
        ]
    }
}
