public import LitGraphModel

/// The text formats a graph can be exported as; each promises deterministic, stable output.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, styled for mechanism diagrams (``DOTExporter``).
    case dot
    /// networkx node-link JSON (``NodeLinkJSONExporter``).
    case json
    /// PubTator (``PubTatorExporter``). Complete documents, with text and mentions, come from the
    /// stored documents (``isDocumentFormat``); a graph alone renders only its relation lines.
    case pubtator

    /// The usual file name extension, without the dot.
    public var fileExtension: String { self == .pubtator ? "txt" : rawValue }

    /// Whether the format writes documents (text and mentions) rather than the graph, so that it
    /// must be rendered from the stored documents instead of a ``KnowledgeGraph``.
    public var isDocumentFormat: Bool { self == .pubtator }

    /// `graph` rendered in this format.
    public func render(_ graph: KnowledgeGraph) -> String {
        switch self {
        case .dot: DOTExporter().render(graph)
        case .json: NodeLinkJSONExporter().render(graph)
        case .pubtator: PubTatorExporter().renderRelations(of: graph)
        }
    }
}
