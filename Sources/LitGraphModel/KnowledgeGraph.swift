/// A whole graph, or a subgraph, as handed to the exporters.
///
/// Nodes are sorted by identifier and edges by subject, object, predicate and polarity, so that
/// the same graph always exports to the same bytes.
public struct KnowledgeGraph: Sendable, Hashable, Codable {
    /// A name for the graph, used as the DOT graph name and in JSON metadata.
    public var name: String
    /// The entities, each once.
    public var nodes: [Entity]
    /// The relations between them.
    public var edges: [GraphEdge]

    /// Creates a graph, sorting nodes and edges into their canonical order.
    public init(name: String, nodes: [Entity], edges: [GraphEdge]) {
        self.name = name
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = edges.sorted {
            let left = $0.relation
            let right = $1.relation
            return (left.subject.id, left.object.id, left.predicate, left.polarity)
                < (right.subject.id, right.object.id, right.predicate, right.polarity)
        }
    }
}
