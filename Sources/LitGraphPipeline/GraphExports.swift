public import Foundation
public import LitGraphExport
public import LitGraphModel
public import LitGraphStore

/// The whole graph of a database, rendered in the export formats: `litgraph export`.
public struct GraphExports: Sendable {
    /// The graph read from the database.
    public let graph: KnowledgeGraph

    /// Reads the whole graph of the database at `databasePath` (opened read-only).
    ///
    /// - Parameters:
    ///   - graphName: the name written into the exports; the database file's name without its
    ///     extension when `nil`.
    ///   - filter: the edges and evidence exported (`--min-evidence`, `--min-belief`, `--exclude-hedged`).
    public init(databasePath: String, graphName: String? = nil, filter: EdgeFilter = .none) throws {
        let store = try GraphStore(path: databasePath, mode: .readOnly)
        let name = graphName ?? URL(fileURLWithPath: databasePath).deletingPathExtension().lastPathComponent
        graph = try store.graph(name: name, filter: filter)
    }

    /// Wraps a graph already read.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
    }

    /// The graph in one format, as text.
    public func render(_ format: ExportFormat) -> String {
        format.render(graph)
    }

    /// Writes `graph.dot`, `graph.json` and, when Graphviz's `dot` is installed, `graph.svg` into
    /// `directory`; returns the paths written and notes for the user.
    public func writeAll(to directory: URL) throws -> (files: [String], notes: [String]) {
        var files: [String] = []
        var notes: [String] = []
        let dot = render(.dot)
        for (name, text) in [("graph.dot", dot), ("graph.json", render(.json))] {
            let url = directory.appendingPathComponent(name)
            try Self.write(Data(text.utf8), to: url)
            files.append(url.path)
        }
        let renderer = GraphvizRenderer()
        if renderer.executableURL == nil {
            notes.append("graph.svg not written: Graphviz's dot is not installed (apt-get install graphviz)")
        } else {
            let url = directory.appendingPathComponent("graph.svg")
            try Self.write(try renderer.render(dot: dot, format: "svg"), to: url)
            files.append(url.path)
        }
        return (files, notes)
    }

    /// Writes data atomically (a temporary file renamed into place), so a failed export never leaves
    /// half a file behind.
    public static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw PipelineError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }
}
