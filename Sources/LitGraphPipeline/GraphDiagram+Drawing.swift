import Foundation
public import LitGraphExport
import LitGraphModel
public import LitGraphStore

extension GraphDiagram {
    /// Draws `subject` from the database at `databasePath` into the file `path`, whose extension
    /// picks the format (``DiagramFormat``): what `litgraph diagram` calls.
    ///
    /// The file is written atomically (``AtomicFile``). Returns the lines for standard error: a
    /// note when relations were cut, a note when the layout engine is `sfdp`, and the summary
    /// `wrote N nodes and M edges to PATH`.
    /// - Throws: ``DiagramError/unknownFormat(path:)`` before reading anything; what
    ///   ``init(databasePath:subject:filter:)`` throws; ``LitGraphExport/GraphvizError`` when an
    ///   image is asked for and `dot` is missing or fails; ``PipelineError/cannotWrite(path:reason:)``.
    public static func draw(
        _ subject: DiagramSubject, databasePath: String, filter: EdgeFilter = .none, to path: String,
        renderer: GraphvizRenderer = GraphvizRenderer()
    ) throws -> [String] {
        guard let format = DiagramFormat(path: path) else { throw DiagramError.unknownFormat(path: path) }
        let diagram = try GraphDiagram(databasePath: databasePath, subject: subject, filter: filter)
        let data = try diagram.rendered(as: format, renderer: renderer)
        try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        return diagram.notes(for: format) + [diagram.summary(path: path)]
    }

    /// The notes for the user: how much was cut, and (for large graphs) the layout engine.
    public func notes(for format: DiagramFormat) -> [String] {
        var notes: [String] = []
        if isCut {
            notes.append(
                "diagram: kept \(graph.edges.count) of \(availableEdgeCount) relations; "
                    + "raise --max-edges or add filters")
        }
        if layout == .sfdp {
            let size = "diagram: \(Self.counted(nodeCount, "node")) and \(Self.counted(graph.edges.count, "edge"))"
            let command = "sfdp " + GraphvizLayout.sfdp.arguments.dropFirst().joined(separator: " ") + " -Tsvg"
            notes.append(
                format.needsGraphviz
                    ? "\(size): laid out with sfdp (dot is slow at this size), so the left-to-right order is lost"
                    : "\(size): render with `\(command)`, dot is slow at this size")
        }
        return notes
    }

    /// `wrote 12 nodes and 15 edges to PATH`.
    public func summary(path: String) -> String {
        "wrote \(Self.counted(nodeCount, "node")) and \(Self.counted(graph.edges.count, "edge")) to \(path)"
    }

    /// `1 node`, `2 nodes`.
    static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
