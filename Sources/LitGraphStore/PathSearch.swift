import Foundation

/// The best simple paths between two nodes, by branch and bound: a depth-first search over paths
/// of at most ``maximumHops`` steps that keeps the ``count`` best found so far.
///
/// A path's cost is the sum of −log(belief) over its steps (the product of beliefs, in logs);
/// lower is better. Two bounds prune the search, neither of which can lose a path that belongs in
/// the answer:
/// - distance: a step is taken only when the node it reaches can still reach the target in the
///   steps left, by the hop distances ``distances(to:within:predecessors:)`` computes (over every
///   relation, so they never overestimate);
/// - cost: beliefs are at most 1, so a path's cost only grows as it is extended; once ``count``
///   paths are kept, a partial path already costlier than the worst of them is abandoned.
///
/// Ties are broken deterministically: equal costs (to 1e-9) by fewer steps, then by the steps'
/// keys (subject, object, predicate, polarity, direction) compared in order. The search is
/// exhaustive within the bounds, so the answer does not depend on the order arcs are visited in.
/// Work is exponential in ``maximumHops`` in the worst case (every simple path whose prefixes
/// pass both bounds); arcs are visited best-first so that the cost bound bites early.
struct PathSearch {
    /// One way to leave a node: a relation followed forward (subject to object) or backward.
    struct Arc: Hashable {
        /// The relation's row identifier.
        let relationID: Int
        /// The node the arc leaves.
        let from: String
        /// The node the arc reaches.
        let to: String
        /// The relation's belief, above 0.
        let belief: Double
        /// Whether the arc goes from the relation's object to its subject.
        let isBackward: Bool
        /// The tie-breaking key: subject, object, predicate, polarity and direction.
        let key: [String]
    }

    /// A complete path and its cost.
    struct Candidate {
        let arcs: [Arc]
        let cost: Double

        /// The cost to 1e-9, so that products of the same beliefs in another order tie.
        var roundedCost: Int64 { Int64((cost * 1e9).rounded()) }

        /// Whether this candidate ranks before `other`.
        func ranks(before other: Candidate) -> Bool {
            if roundedCost != other.roundedCost { return roundedCost < other.roundedCost }
            if arcs.count != other.arcs.count { return arcs.count < other.arcs.count }
            return arcs.flatMap(\.key).lexicographicallyPrecedes(other.arcs.flatMap(\.key))
        }
    }

    /// The most steps a path may have.
    let maximumHops: Int
    /// How many paths are kept.
    let count: Int

    /// The best paths from `source` to `target`, best first.
    ///
    /// - Parameters:
    ///   - distances: a lower bound on each node's number of steps to the target (0 for the
    ///     target); a node missing cannot reach it in the steps a path has left after reaching it,
    ///     so distances up to ``maximumHops`` − 1 suffice.
    ///   - arcs: the arcs leaving a node (called at most once per node); arcs of belief 0 or less
    ///     are ignored.
    func bestPaths(
        from source: String, to target: String, distances: [String: Int], arcs: (String) throws -> [Arc]
    ) throws -> [[Arc]] {
        guard source != target else { return [] }
        var cache: [String: [Arc]] = [:]
        func arcsLeaving(_ node: String) throws -> [Arc] {
            if let cached = cache[node] { return cached }
            let sorted = try arcs(node).filter { $0.belief > 0 }.sorted {
                $0.belief != $1.belief ? $0.belief > $1.belief : $0.key.lexicographicallyPrecedes($1.key)
            }
            cache[node] = sorted
            return sorted
        }
        var kept: [Candidate] = []
        var path: [Arc] = []
        var visited: Set<String> = [source]
        func extend(from node: String, cost: Double) throws {
            for arc in try arcsLeaving(node) where !visited.contains(arc.to) {
                guard let distance = distances[arc.to], path.count + 1 + distance <= maximumHops else { continue }
                let next = Candidate(arcs: path + [arc], cost: cost - log(arc.belief))
                if kept.count == count, let worst = kept.last, next.roundedCost > worst.roundedCost { continue }
                if arc.to == target {
                    kept.append(next)
                    kept.sort { $0.ranks(before: $1) }
                    if kept.count > count { kept.removeLast() }
                    continue
                }
                path.append(arc)
                visited.insert(arc.to)
                try extend(from: arc.to, cost: next.cost)
                visited.remove(arc.to)
                path.removeLast()
            }
        }
        try extend(from: source, cost: 0)
        return kept.map(\.arcs)
    }

    /// Each node's distance in steps to `target`, for nodes within `hops` steps of it, by
    /// breadth-first search backwards from the target (`hops` = ``maximumHops`` − 1 for
    /// ``bestPaths(from:to:distances:arcs:)``).
    ///
    /// - Parameter predecessors: the nodes with an arc into any node of a set.
    static func distances(
        to target: String, within hops: Int, predecessors: (Set<String>) throws -> Set<String>
    ) throws -> [String: Int] {
        var distances = [target: 0]
        var frontier: Set<String> = [target]
        for distance in stride(from: 1, through: hops, by: 1) where !frontier.isEmpty {
            var next = Set<String>()
            for node in try predecessors(frontier) where distances[node] == nil {
                distances[node] = distance
                next.insert(node)
            }
            frontier = next
        }
        return distances
    }
}
