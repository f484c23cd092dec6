public import LitGraphModel

extension GraphStore {
    /// The subgraph around `entityID`: every entity within `hops` edges of it, whichever way the
    /// edges point, and every kept edge between two of them (`export --around ENTITY --hops N`).
    ///
    /// The walk is breadth-first over the edges `filter` keeps, so a filtered-out edge neither
    /// appears nor leads anywhere; the result is the subgraph those entities induce, as
    /// networkx's `ego_graph(G, n, radius=hops, undirected=True)`: an edge between two entities
    /// at distance `hops` is kept too. `hops` 0 gives the entity alone (with its self-loops).
    /// Edges carry the evidence `filter` keeps, counted and weighed as by ``graph(name:filter:)``;
    /// the result is sorted like any ``KnowledgeGraph``, so it does not depend on the walk order.
    ///
    /// Runs one indexed query per entity reached, plus one per kept edge for its evidence: cheap
    /// for mechanism-sized neighbourhoods, proportional to the edges touched for a hub.
    /// - Parameters:
    ///   - entityID: an exact identifier, as returned by ``entities(matching:)``.
    ///   - hops: how many edges from the entity to walk, 0 or more (a negative value counts as 0).
    ///   - filter: the evidence and edges kept.
    ///   - name: the returned graph's name.
    /// - Returns: the subgraph, or `nil` when no entity has the identifier.
    public func neighbourhood(
        of entityID: String, hops: Int, filter: EdgeFilter = .none, name: String
    ) throws -> KnowledgeGraph? {
        return try reading {
            guard let start = try neighbourhoodCentre(entityID) else { return nil }
            let radius = max(0, hops)
            var nodes: [String: Entity] = [entityID: start]
            var edges: [Int: GraphEdge] = [:]
            var frontier = [entityID]
            for depth in 0...radius {
                var next: [String] = []
                for id in frontier {
                    let rows = try relationRows(
                        where: "r.subject_id = ?1 OR r.object_id = ?1", [.text(id)], filter: filter)
                    for row in rows {
                        let ends = [row.edge.relation.subject, row.edge.relation.object]
                        // The last layer adds no entity: only edges between entities already reached.
                        if depth == radius, ends.contains(where: { nodes[$0.id] == nil }) { continue }
                        edges[row.id] = row.edge
                        for end in ends where nodes[end.id] == nil {
                            nodes[end.id] = end
                            next.append(end.id)
                        }
                    }
                }
                frontier = next.sorted()
            }
            let withEvidence = try edges.map { id, edge in
                var edge = edge
                edge.evidence = try evidenceRows(where: "e.relation_id = ?", [.int(id)], filter: filter).map(\.evidence)
                return edge
            }
            return KnowledgeGraph(name: name, nodes: Array(nodes.values), edges: withEvidence)
        }
    }

    /// The entity with exactly this identifier, or `nil`.
    private func neighbourhoodCentre(_ id: String) throws -> Entity? {
        try connection.cachedStatement("SELECT id, name, category FROM entities WHERE id = ?")
            .rows([.text(id)]) { try decodeEntity($0, from: 0) }
            .first
    }
}
