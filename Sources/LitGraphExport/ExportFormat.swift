public import LitGraphModel

/// The text formats a graph can be exported as; each promises deterministic, stable output.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, styled for mechanism diagrams (``DOTExporter``).
    case dot
    /// networkx node-link JSON (``NodeLinkJSONExporter``).
    case json

    /// The usual file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// `graph` rendered in this format.
    public func render(_ graph: KnowledgeGraph) -> String {
        switch self {
        case .dot: DOTExporter().render(graph)
        case .json: NodeLinkJSONExporter().render(graph)
        }
    }
}
