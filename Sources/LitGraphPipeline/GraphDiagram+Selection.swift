public import LitGraphModel
public import LitGraphStore

extension GraphDiagram {
    /// The diagram around `centre`: the best `maximumEdges` relations of `graph`, connected to it.
    ///
    /// Relations are ranked by their distance from `centre` (the fewer hops from it to the nearer
    /// end, the earlier), then by belief, then by evidence count (both highest first), then in the
    /// graph's canonical order (subject, object, predicate, polarity), so the cut is always the
    /// same; the first `maximumEdges` are kept. Because distance comes first, every relation kept
    /// at distance d has a shortest path to `centre` made of relations at distances below d, all
    /// ranked before it and kept too: the result is connected to `centre` whatever the limit.
    /// Nodes are `centre` and the ends of the kept relations; relations `centre` cannot reach
    /// (none, in a neighbourhood) are never kept.
    public static func cut(_ graph: KnowledgeGraph, around centre: Entity, maximumEdges: Int) -> KnowledgeGraph {
        let distances = hopDistances(from: centre.id, over: graph.edges)
        let edgeDistance = { (edge: GraphEdge) in
            min(distances[edge.relation.subject.id] ?? Int.max, distances[edge.relation.object.id] ?? Int.max)
        }
        let ranked = graph.edges.enumerated()
            .map { (offset: $0.offset, edge: $0.element, distance: edgeDistance($0.element)) }
            .filter { $0.distance != Int.max }
            .sorted { left, right in
                if left.distance != right.distance { return left.distance < right.distance }
                if left.edge.belief != right.edge.belief { return left.edge.belief > right.edge.belief }
                if left.edge.evidenceCount != right.edge.evidenceCount {
                    return left.edge.evidenceCount > right.edge.evidenceCount
                }
                return left.offset < right.offset
            }
        let kept = ranked.prefix(max(0, maximumEdges)).map(\.edge)
        let ends = kept.flatMap { [$0.relation.subject, $0.relation.object] }
        return KnowledgeGraph(name: graph.name, nodes: unique([centre] + ends), edges: kept)
    }

    /// The fewest relations between `start` and each entity it reaches over `edges`, whichever
    /// way they point (breadth-first).
    public static func hopDistances(from start: String, over edges: [GraphEdge]) -> [String: Int] {
        var neighbours: [String: [String]] = [:]
        for edge in edges {
            let (subject, object) = (edge.relation.subject.id, edge.relation.object.id)
            neighbours[subject, default: []].append(object)
            neighbours[object, default: []].append(subject)
        }
        var distances = [start: 0]
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for neighbour in neighbours[id] ?? [] where distances[neighbour] == nil {
                    distances[neighbour] = (distances[id] ?? 0) + 1
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return distances
    }

    /// The graph of `paths`: every step's relation once (by subject, predicate, polarity and
    /// object), its nodes `from`, `to` and the entities on the paths.
    public static func union(of paths: [GraphPath], from: Entity, to: Entity) -> KnowledgeGraph {
        var seen = Set<Relation>()
        let edges = paths.flatMap(\.steps).map(\.edge).filter { seen.insert($0.relation).inserted }
        let ends = edges.flatMap { [$0.relation.subject, $0.relation.object] }
        return KnowledgeGraph(
            name: "paths from \(from.name) to \(to.name)", nodes: unique([from, to] + ends), edges: edges)
    }

    /// `entities` with each identifier once, the first kept.
    static func unique(_ entities: [Entity]) -> [Entity] {
        var ids = Set<String>()
        return entities.filter { ids.insert($0.id).inserted }
    }
}
