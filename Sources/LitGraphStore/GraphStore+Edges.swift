public import LitGraphModel

extension GraphStore {
    /// The relations touching `entityID` (an exact identifier, as returned by ``entities(matching:)``).
    ///
    /// - Parameters:
    ///   - direction: `.outgoing` (entity is the subject), `.incoming` (the object) or `.both`.
    ///   - predicate: keeps only this predicate, or its family: `.regulates` also keeps
    ///     `positively_regulates` and `negatively_regulates`. `nil` keeps every predicate.
    ///   - filter: the evidence and edges kept; counts, belief and years are over the kept evidence;
    ///     its partner categories apply to the end that is not `entityID`.
    ///   - withEvidence: false leaves `GraphEdge.evidence` empty (the counts are still set).
    ///   - order: most evidence first (the default) or highest belief first; see ``EdgeOrder``.
    ///   - limit: the most edges returned, the first in `order`; `nil` returns all.
    /// - Returns: edges in `order`; evidence ordered by document identifier, then sentence index.
    public func edges(
        of entityID: String,
        direction: EdgeDirection,
        predicate: RelationPredicate? = nil,
        filter: EdgeFilter = .none,
        withEvidence: Bool = true,
        order: EdgeOrder = .evidence,
        limit: Int? = nil
    ) throws -> [GraphEdge] {
        return try reading {
            let condition =
                switch direction {
                case .outgoing: "r.subject_id = ?1"
                case .incoming: "r.object_id = ?1"
                case .both: "r.subject_id = ?1 OR r.object_id = ?1"
                }
            var rows = try relationRows(where: condition, [.text(entityID)], filter: filter, focus: entityID)
            if let predicate {
                rows.removeAll {
                    $0.edge.relation.predicate != predicate && $0.edge.relation.predicate.family != predicate
                }
            }
            return try finish(rows, filter: filter, withEvidence: withEvidence, order: order, limit: limit)
        }
    }

    /// The relations from `subjectID` to `objectID` (and from `objectID` to `subjectID` too when
    /// `eitherDirection`), with the evidence `filter` keeps, most evidence first as by
    /// ``edges(of:direction:predicate:filter:withEvidence:order:limit:)``; partner categories apply
    /// to the object.
    public func edges(
        from subjectID: String, to objectID: String, eitherDirection: Bool = false, filter: EdgeFilter = .none
    ) throws -> [GraphEdge] {
        return try reading {
            let condition =
                eitherDirection
                ? "(r.subject_id = ?1 AND r.object_id = ?2) OR (r.subject_id = ?2 AND r.object_id = ?1)"
                : "r.subject_id = ?1 AND r.object_id = ?2"
            let rows = try relationRows(
                where: condition, [.text(subjectID), .text(objectID)], filter: filter, focus: subjectID)
            return try finish(rows, filter: filter, withEvidence: true)
        }
    }

    /// The whole graph with all the evidence `filter` keeps; its nodes are the entities that take
    /// part in a kept edge.
    ///
    /// Reads every relation and evidence row: O(size of the database) in time and memory.
    public func graph(name: String, filter: EdgeFilter = .none) throws -> KnowledgeGraph {
        return try reading {
            var evidence: [Int: [Evidence]] = [:]
            for (relationID, row) in try evidenceRows(where: "1", [], filter: filter) {
                evidence[relationID, default: []].append(row)
            }
            let edges = try relationRows(where: "1", [], filter: filter).map { row in
                var edge = row.edge
                edge.evidence = evidence[row.id] ?? []
                return edge
            }
            var nodes: [String: Entity] = [:]
            for edge in edges {
                nodes[edge.relation.subject.id] = edge.relation.subject
                nodes[edge.relation.object.id] = edge.relation.object
            }
            return KnowledgeGraph(name: name, nodes: Array(nodes.values), edges: edges)
        }
    }

    /// Sorts the rows into `order`, keeps the first `limit`, and, if asked, loads each one's evidence.
    private func finish(
        _ rows: [(id: Int, edge: GraphEdge)], filter: EdgeFilter, withEvidence: Bool, order: EdgeOrder = .evidence,
        limit: Int? = nil
    ) throws -> [GraphEdge] {
        let sorted = rows.sorted { left, right in
            let (a, b) = (left.edge, right.edge)
            if order == .belief, a.belief != b.belief { return a.belief > b.belief }
            if a.evidenceCount != b.evidenceCount { return a.evidenceCount > b.evidenceCount }
            return (a.relation.subject.id, a.relation.object.id, a.relation.predicate, a.relation.polarity)
                < (b.relation.subject.id, b.relation.object.id, b.relation.predicate, b.relation.polarity)
        }
        return try sorted.prefix(limit ?? sorted.count).map { row in
            var edge = row.edge
            if withEvidence {
                edge.evidence = try evidenceRows(where: "e.relation_id = ?", [.int(row.id)], filter: filter)
                    .map(\.evidence)
            }
            return edge
        }
    }
}
