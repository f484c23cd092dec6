public import Foundation
public import LitGraphExport
public import LitGraphModel
public import LitGraphStore

/// The graph of a database, or the neighbourhood of one entity, rendered in the export formats:
/// `litgraph export`, and the files `litgraph build --out` writes.
public struct GraphExports: Sendable {
    /// The graph read from the database.
    public let graph: KnowledgeGraph
    /// What multi-file formats name their files after (`<baseName>_nodes.tsv`): the database file's
    /// name without its extension, or the graph's name.
    public let baseName: String

    /// Reads the graph of the database at `databasePath` (opened read-only).
    ///
    /// - Parameters:
    ///   - graphName: the name written into the exports; when `nil`, the database file's name
    ///     without its extension, or for a neighbourhood "<entity name> within N hops".
    ///   - filter: the edges and evidence exported (`--min-evidence`, `--min-belief`, `--exclude-hedged`);
    ///     a neighbourhood is walked over the kept edges only.
    ///   - around: exports only the entities within `hops` of this entity and the edges between them
    ///     (``LitGraphStore/GraphStore/neighbourhood(of:hops:filter:name:)``); the whole graph when `nil`.
    /// - Throws: `StoreError` for a missing or foreign database; ``PipelineError/unknownEntity(_:database:)``
    ///   or ``PipelineError/ambiguousEntity(_:candidates:)`` when `around` names no entity or several.
    public init(
        databasePath: String, graphName: String? = nil, filter: EdgeFilter = .none, around: Neighbourhood? = nil
    ) throws {
        let base = URL(fileURLWithPath: databasePath).deletingPathExtension().lastPathComponent
        baseName = base
        guard let around else {
            let store = try GraphStore(path: databasePath, mode: .readOnly)
            graph = try store.graph(name: graphName ?? base, filter: filter)
            return
        }
        let queries = try GraphQueries(databasePath: databasePath)
        let entity = try queries.entity(around.entity)
        let hops = max(0, around.hops)
        let name = graphName ?? "\(entity.name) within \(hops) hop\(hops == 1 ? "" : "s")"
        guard let subgraph = try queries.store.neighbourhood(of: entity.id, hops: hops, filter: filter, name: name)
        else {
            throw PipelineError.unknownEntity(around.entity, database: databasePath)
        }
        graph = subgraph
    }

    /// Wraps a graph already read; multi-file formats are named after the graph.
    public init(graph: KnowledgeGraph) {
        self.graph = graph
        baseName = graph.name
    }

    /// The graph in one format, as text (see ``LitGraphExport/ExportFormat/render(_:)`` for multi-file formats).
    public func render(_ format: ExportFormat) -> String {
        format.render(graph)
    }

    /// The graph in one format, as the files it consists of, named after ``baseName``.
    public func files(_ format: ExportFormat) -> [ExportedFile] {
        format.files(for: graph, baseName: baseName)
    }

    /// The files `litgraph build --out DIR` writes beside `graph.sqlite`: `graph.dot`, `graph.json`,
    /// `graph.cyjs`, `graph.graphml` and, when Graphviz's `dot` is installed, `graph.svg` and
    /// `graph.png` rendered from the DOT; returns the paths written and notes for the user.
    public func writeAll(to directory: URL) throws -> (files: [String], notes: [String]) {
        var files: [String] = []
        var notes: [String] = []
        let dot = render(.dot)
        let texts: [(String, String)] = [
            ("graph.dot", dot), ("graph.json", render(.json)), ("graph.cyjs", render(.cyjs)),
            ("graph.graphml", render(.graphml)),
        ]
        for (name, text) in texts {
            let url = directory.appendingPathComponent(name)
            try Self.write(Data(text.utf8), to: url)
            files.append(url.path)
        }
        let renderer = GraphvizRenderer()
        guard renderer.executableURL != nil else {
            notes.append(
                "graph.svg and graph.png not written: Graphviz's dot is not installed (apt-get install graphviz)")
            return (files, notes)
        }
        for format in ["svg", "png"] {
            let url = directory.appendingPathComponent("graph.\(format)")
            try Self.write(try renderer.render(dot: dot, format: format), to: url)
            files.append(url.path)
        }
        return (files, notes)
    }

    /// Writes data atomically (``AtomicFile``: a temporary file beside the destination, renamed into
    /// place), so a failed export never leaves half a file behind.
    /// - Throws: ``PipelineError/cannotWrite(path:reason:)``.
    public static func write(_ data: Data, to url: URL) throws {
        try AtomicFile.write(data, to: url)
    }

    /// Writes `files` into `directory`, creating it (and its parents) when missing.
    ///
    /// Each file is written atomically. Returns the paths written, in order.
    /// - Throws: ``PipelineError/cannotWrite(path:reason:)``.
    public static func write(_ files: [ExportedFile], into directory: URL) throws -> [String] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        return try files.map { file in
            let url = directory.appendingPathComponent(file.name)
            try write(Data(file.contents.utf8), to: url)
            return url.path
        }
    }
}
