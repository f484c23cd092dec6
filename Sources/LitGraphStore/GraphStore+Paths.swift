import LitGraphModel

extension GraphStore {
    /// The best simple paths (no entity twice) from `sourceID` to `targetID`, best first.
    ///
    /// A path's score is the product of its steps' beliefs (see ``GraphPath/score``); relations of
    /// belief 0 (only denied) are never followed. Relations are followed in their direction, the
    /// symmetric predicates both ways, and every relation both ways with
    /// ``PathQuery/followsEdgesBackwards``. The steps' beliefs, counts and evidence are over the
    /// evidence ``PathQuery/filter`` keeps. Ties are broken by fewer steps, then by the steps'
    /// subject, object, predicate, polarity and direction, so the answer is always the same; the
    /// search is exact within the bounds (see `PathSearch`).
    ///
    /// Reads the relations around nodes within ``PathQuery/maximumHops`` − 1 steps of the target
    /// (to bound the search) and those of the nodes the search visits.
    public func paths(from sourceID: String, to targetID: String, query: PathQuery = PathQuery()) throws -> [GraphPath]
    {
        return try reading {
            try mappingLockErrors {
                let backwards = SQLiteValue.bool(query.followsEdgesBackwards)
                let symmetric = SQLiteValue.text(Self.symmetricPredicates)
                let distances = try PathSearch.distances(to: targetID, within: query.maximumHops - 1) { frontier in
                    try predecessors(of: frontier, backwards: backwards, symmetric: symmetric)
                }
                var edges: [Int: GraphEdge] = [:]
                let search = PathSearch(maximumHops: query.maximumHops, count: query.count)
                let found = try search.bestPaths(from: sourceID, to: targetID, distances: distances) { node in
                    let rows = try relationRows(
                        where: Self.leavingCondition, [.text(node), backwards, symmetric], filter: query.filter,
                        focus: node)
                    return rows.compactMap { row in
                        edges[row.id] = row.edge
                        return Self.arc(row.id, row.edge, leaving: node)
                    }
                }
                // Every arc was made from a row whose edge was recorded in `edges` just before.
                return try found.map { arcs in
                    GraphPath(
                        steps: try arcs.compactMap { arc in
                            guard var edge = edges[arc.relationID] else { return nil }
                            edge.evidence = try evidenceRows(
                                where: "e.relation_id = ?", [.int(arc.relationID)], filter: query.filter
                            ).map(\.evidence)
                            return GraphPath.Step(edge: edge, isBackward: arc.isBackward)
                        })
                }
            }
        }
    }

    /// The relations a path may leave node `?1` by: those it is the subject of, and those it is
    /// the object of when `?2` (every relation may be followed backwards) or their predicate is
    /// one of the JSON array `?3`.
    private static let leavingCondition = """
        r.subject_id = ?1 OR (r.object_id = ?1 AND (?2 OR r.predicate IN (SELECT value FROM json_each(?3))))
        """

    /// The symmetric predicates' raw values as a JSON array, bound to the queries that read them.
    private static let symmetricPredicates =
        "[" + RelationPredicate.allCases.filter(\.isSymmetric).map(\.rawValue.jsonLiteral).joined(separator: ",") + "]"

    /// The nodes with a relation into any node of `frontier` that a path may follow: subjects of
    /// relations whose object is in it, and objects of those whose subject is in it when the
    /// relation may be followed backwards.
    private func predecessors(
        of frontier: Set<String>, backwards: SQLiteValue, symmetric: SQLiteValue
    ) throws -> Set<String> {
        let nodes = "[" + frontier.sorted().map(\.jsonLiteral).joined(separator: ",") + "]"
        let rows = try connection.cachedStatement(
            """
            SELECT subject_id FROM relations WHERE object_id IN (SELECT value FROM json_each(?1))
            UNION SELECT object_id FROM relations WHERE subject_id IN (SELECT value FROM json_each(?1))
            AND (?2 OR predicate IN (SELECT value FROM json_each(?3)))
            """
        ).rows([.text(nodes), backwards, symmetric]) { $0.text(at: 0) }
        return Set(rows)
    }

    /// The arc by which a path leaves `node` along relation `id`: forward when `node` is the
    /// subject, backward when it is the object; `nil` for a relation of `node` with itself.
    private static func arc(_ id: Int, _ edge: GraphEdge, leaving node: String) -> PathSearch.Arc? {
        let relation = edge.relation
        guard relation.subject.id != relation.object.id else { return nil }
        let isBackward = relation.subject.id != node
        return PathSearch.Arc(
            relationID: id, from: node, to: isBackward ? relation.subject.id : relation.object.id,
            belief: edge.belief, isBackward: isBackward,
            key: [
                relation.subject.id, relation.object.id, relation.predicate.rawValue, relation.polarity.rawValue,
                isBackward ? "1" : "0",
            ])
    }
}
