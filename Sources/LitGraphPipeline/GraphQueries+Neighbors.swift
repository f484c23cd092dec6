import LitGraphModel
public import LitGraphStore

extension GraphQueries {
    /// The relations within `hops` of an entity: `litgraph neighbors`.
    ///
    /// The subgraph is the store's neighbourhood (``LitGraphStore/GraphStore/neighbourhood(of:hops:filter:name:)``):
    /// every entity within `hops` relations, walked in either direction over the relations `filter`
    /// keeps, and every kept relation between two of them. A relation's distance is its farther
    /// end's distance from the entity: 1 for the entity's own relations and for those between two
    /// of its partners. Columns: distance, subject, subject_name, predicate, polarity, object,
    /// object_name, evidence, documents, belief; rows nearest first, then highest belief, most
    /// evidence, and subject, object, predicate and polarity.
    /// - Throws: ``PipelineError/unknownEntity(_:database:)`` or ``PipelineError/ambiguousEntity(_:candidates:)``.
    public func neighbors(of text: String, hops: Int, filter: EdgeFilter = .none) throws -> Report {
        let center = try entity(text)
        guard let graph = try store.neighbourhood(of: center.id, hops: hops, filter: filter, name: center.name) else {
            throw PipelineError.unknownEntity(text, database: store.path)
        }
        let distance = Self.distances(from: center.id, over: graph.edges)
        // The graph's edges come in canonical order (subject, object, predicate, polarity): the
        // position breaks the remaining ties.
        let ranked = graph.edges.enumerated().map { position, edge in
            let ends = [edge.relation.subject.id, edge.relation.object.id].compactMap { distance[$0] }
            return (distance: max(1, ends.max() ?? hops), position: position, edge: edge)
        }.sorted { left, right in
            if left.distance != right.distance { return left.distance < right.distance }
            if left.edge.belief != right.edge.belief { return left.edge.belief > right.edge.belief }
            if left.edge.evidenceCount != right.edge.evidenceCount {
                return left.edge.evidenceCount > right.edge.evidenceCount
            }
            return left.position < right.position
        }
        let rows: [[Report.Value]] = ranked.map { distance, _, edge in
            let relation = edge.relation
            return [
                .int(distance), .text(relation.subject.id), .text(relation.subject.name),
                .text(relation.predicate.rawValue), .text(relation.polarity.rawValue), .text(relation.object.id),
                .text(relation.object.name), .int(edge.evidenceCount), .int(edge.documentCount), .number(edge.belief),
            ]
        }
        return Report(
            columns: [
                "distance", "subject", "subject_name", "predicate", "polarity", "object", "object_name", "evidence",
                "documents", "belief",
            ],
            rows: rows,
            signColumns: ["polarity"]
        )
    }

    /// Breadth-first distances from `start` over `edges`, followed in either direction.
    static func distances(from start: String, over edges: [GraphEdge]) -> [String: Int] {
        var adjacent: [String: [String]] = [:]
        for edge in edges {
            adjacent[edge.relation.subject.id, default: []].append(edge.relation.object.id)
            adjacent[edge.relation.object.id, default: []].append(edge.relation.subject.id)
        }
        var distance = [start: 0]
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for neighbour in adjacent[id] ?? [] where distance[neighbour] == nil {
                    distance[neighbour] = (distance[id] ?? 0) + 1
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return distance
    }
}
