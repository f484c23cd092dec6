public import Foundation
public import LitGraphExport
public import LitGraphModel
public import LitGraphStore

/// A focused mechanism diagram: `litgraph diagram`.
///
/// Either the neighbourhood of one entity — its relations within some hops, ranked and cut to a
/// limit (``cut(_:around:maximumEdges:)``) — or the union of the best paths between two entities,
/// found as `litgraph path` finds them. Drawn with ``LitGraphExport/DOTExporter``'s visual grammar
/// (shapes by category, arrowheads by sign, width by evidence, PMIDs in tooltips, PubMed links,
/// a legend), the entity or the two path ends highlighted, and written as DOT, SVG, PNG or PDF.
public struct GraphDiagram: Sendable {
    /// Above this many nodes the diagram is laid out with `sfdp` instead of `dot`.
    ///
    /// Measured here (Graphviz 2.43, one core, DOT in the DOTExporter's style): `dot`'s time follows
    /// the edges per node. Real neighbourhood cuts (a star with some cross links) stay fast — 250
    /// nodes and 300 edges 0.12 s, 430 and 600 0.34 s, 626 and 1 000 2.4 s, 672 and 1 630 91 s —
    /// but random graphs are slower: 150 nodes and 300 edges 6.6 s, 40 nodes and 200 edges 4.9 s,
    /// while 40 nodes and 150 edges take 0.75 s and 150 nodes and 225 edges 0.22 s. `sfdp`
    /// (``LitGraphExport/GraphvizLayout/sfdp``) took under 1 s for every one of them.
    public static let largeNodeCount = 150
    /// Above this many edges, a diagram with more than ``denseEdgesPerNode`` edges per node is laid
    /// out with `sfdp` too (see ``largeNodeCount`` for the measurements).
    public static let denseEdgeCount = 150
    /// See ``denseEdgeCount``.
    public static let denseEdgesPerNode = 1.5

    /// The graph drawn: its nodes are the focus entities and the ends of its edges.
    public let graph: KnowledgeGraph
    /// The entities the diagram is drawn around, highlighted: the entity, or FROM and TO.
    public let focus: [Entity]
    /// How many relations were available before the cut (equal to the edges drawn when nothing was cut).
    public let availableEdgeCount: Int

    /// Wraps a graph already chosen; `availableEdgeCount` defaults to its edges (nothing cut).
    public init(graph: KnowledgeGraph, focus: [Entity], availableEdgeCount: Int? = nil) {
        self.graph = graph
        self.focus = focus
        self.availableEdgeCount = availableEdgeCount ?? graph.edges.count
    }

    /// Reads the diagram of `subject` from the database at `databasePath` (opened read-only);
    /// `filter` applies to every relation and sentence, as in `query` and `path`.
    ///
    /// - Throws: `StoreError` for a missing or foreign database; ``PipelineError/unknownEntity(_:database:)``,
    ///   ``PipelineError/ambiguousEntity(_:candidates:)`` or ``PipelineError/samePathEnds(_:)`` for the
    ///   entities; ``DiagramError/noRelations(entity:)`` or ``DiagramError/noPath(from:to:maximumHops:undirected:)``
    ///   when there is nothing to draw.
    public init(databasePath: String, subject: DiagramSubject, filter: EdgeFilter = .none) throws {
        let queries = try GraphQueries(databasePath: databasePath)
        switch subject {
        case .neighbourhood(let text, let hops, let maximumEdges):
            let entity = try queries.entity(text)
            let hops = max(0, hops)
            let name = "\(entity.name) within \(hops) hop\(hops == 1 ? "" : "s")"
            guard let whole = try queries.store.neighbourhood(of: entity.id, hops: hops, filter: filter, name: name)
            else { throw PipelineError.unknownEntity(text, database: databasePath) }
            guard !whole.edges.isEmpty else { throw DiagramError.noRelations(entity: entity.name) }
            self.init(
                graph: Self.cut(whole, around: entity, maximumEdges: maximumEdges), focus: [entity],
                availableEdgeCount: whole.edges.count)
        case .paths(let fromText, let toText, let maximumHops, let count, let undirected):
            let (from, to) = (try queries.entity(fromText), try queries.entity(toText))
            guard from.id != to.id else { throw PipelineError.samePathEnds(from.id) }
            let query = PathQuery(
                maximumHops: maximumHops, count: count, followsEdgesBackwards: undirected, filter: filter)
            let paths = try queries.store.paths(from: from.id, to: to.id, query: query)
            guard !paths.isEmpty else {
                throw DiagramError.noPath(
                    from: from.name, to: to.name, maximumHops: maximumHops, undirected: undirected)
            }
            self.init(graph: Self.union(of: paths, from: from, to: to), focus: [from, to])
        }
    }

    /// The number of nodes drawn.
    public var nodeCount: Int {
        let ends = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        return Set(focus.map(\.id) + graph.nodes.map(\.id) + ends).count
    }

    /// Whether relations were left out by the cut.
    public var isCut: Bool { graph.edges.count < availableEdgeCount }

    /// `dot` for a mechanism-sized diagram; `sfdp` above ``largeNodeCount`` nodes, or above
    /// ``denseEdgeCount`` edges with more than ``denseEdgesPerNode`` per node, where `dot` may take
    /// seconds to minutes.
    public var layout: GraphvizLayout {
        let edges = graph.edges.count
        let isDense = edges > Self.denseEdgeCount && Double(edges) > Self.denseEdgesPerNode * Double(nodeCount)
        return nodeCount > Self.largeNodeCount || isDense ? .sfdp : .dot
    }

    /// The DOT text, with the focus entities highlighted.
    public var dot: String { DOTExporter(focus: Set(focus.map(\.id))).render(graph) }

    /// The diagram in `format`: the DOT text, or what Graphviz renders from it with ``layout``.
    /// - Throws: ``LitGraphExport/GraphvizError`` when `dot` is missing or fails (never for `.dot`).
    public func rendered(as format: DiagramFormat, renderer: GraphvizRenderer = GraphvizRenderer()) throws -> Data {
        guard format.needsGraphviz else { return Data(dot.utf8) }
        return try renderer.render(dot: dot, format: format.rawValue, layout: layout)
    }
}
