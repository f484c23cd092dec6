import Foundation
import Testing

@testable import LitGraphStore

/// The branch-and-bound path search on hand-made graphs, checked against brute force.
@Suite("Best paths: the search")
struct PathSearchTests {
    /// A directed graph given as `from to belief` arcs.
    struct Graph {
        let arcs: [PathSearch.Arc]

        init(_ lines: [(String, String, Double)]) {
            arcs = lines.enumerated().map { index, line in
                PathSearch.Arc(
                    relationID: index, from: line.0, to: line.1, belief: line.2, isBackward: false,
                    key: [line.0, line.1])
            }
        }

        init(arcs: [PathSearch.Arc]) {
            self.arcs = arcs
        }

        /// The best paths by `PathSearch`, as node sequences joined by `-`.
        func best(_ source: String, _ target: String, hops: Int, count: Int, reversed: Bool = false) throws -> [String]
        {
            let distances = try PathSearch.distances(to: target, within: hops - 1) { frontier in
                Set(arcs.filter { frontier.contains($0.to) }.map(\.from))
            }
            let search = PathSearch(maximumHops: hops, count: count)
            return try search.bestPaths(from: source, to: target, distances: distances) { node in
                let leaving = arcs.filter { $0.from == node }
                return reversed ? leaving.reversed() : leaving
            }.map(Self.describe)
        }

        /// Every simple path of at most `hops` arcs, ranked as the search ranks them, without pruning.
        func bruteForce(_ source: String, _ target: String, hops: Int, count: Int) -> [String] {
            var found: [PathSearch.Candidate] = []
            func walk(_ node: String, _ path: [PathSearch.Arc], _ visited: Set<String>, _ cost: Double) {
                guard path.count < hops else { return }
                for arc in arcs where arc.from == node && !visited.contains(arc.to) && arc.belief > 0 {
                    let next = PathSearch.Candidate(arcs: path + [arc], cost: cost - log(arc.belief))
                    if arc.to == target {
                        found.append(next)
                    } else {
                        walk(arc.to, next.arcs, visited.union([arc.to]), next.cost)
                    }
                }
            }
            walk(source, [], [source], 0)
            return found.sorted { $0.ranks(before: $1) }.prefix(count).map { Self.describe($0.arcs) }
        }

        static func describe(_ arcs: [PathSearch.Arc]) -> String {
            ([arcs.first?.from ?? ""] + arcs.map(\.to)).joined(separator: "-")
        }
    }

    static let diamond = Graph([
        ("A", "B", 0.9), ("B", "D", 0.9), ("A", "C", 0.8), ("C", "D", 0.95), ("A", "D", 0.5), ("B", "C", 0.99),
        ("D", "A", 0.9), ("C", "B", 0.9),
    ])

    @Test("paths are ranked by the product of beliefs, within the hop limit, and never revisit a node")
    func ranking() throws {
        #expect(try Self.diamond.best("A", "D", hops: 3, count: 10) == ["A-B-C-D", "A-B-D", "A-C-D", "A-C-B-D", "A-D"])
        #expect(try Self.diamond.best("A", "D", hops: 2, count: 10) == ["A-B-D", "A-C-D", "A-D"])
        #expect(try Self.diamond.best("A", "D", hops: 1, count: 10) == ["A-D"])
        #expect(try Self.diamond.best("A", "D", hops: 3, count: 2) == ["A-B-C-D", "A-B-D"])
        #expect(try Self.diamond.best("D", "C", hops: 3, count: 10) == ["D-A-B-C", "D-A-C"])
        #expect(try Self.diamond.best("A", "A", hops: 3, count: 10).isEmpty)
        #expect(try Self.diamond.best("A", "Z", hops: 3, count: 10).isEmpty)
    }

    @Test("ties: equal products by fewer steps, then by the steps' keys, whatever order arcs come in")
    func ties() throws {
        let graph = Graph([
            ("S", "Y", 0.5), ("Y", "T", 0.5), ("S", "X", 0.5), ("X", "T", 0.5), ("S", "W", 1.0), ("W", "V", 0.5),
            ("V", "T", 0.5), ("S", "T", 0.0),
        ])
        let expected = ["S-X-T", "S-Y-T", "S-W-V-T"]
        #expect(try graph.best("S", "T", hops: 3, count: 5) == expected)
        #expect(try graph.best("S", "T", hops: 3, count: 5, reversed: true) == expected)
        #expect(try graph.best("S", "T", hops: 3, count: 1) == ["S-X-T"], "an arc of belief 0 is never followed")
    }

    @Test("the pruned search returns exactly what brute force ranks first, on many random graphs")
    func agreesWithBruteForce() throws {
        var generator = SplitMix(seed: 20_240_601)
        let nodes = ["a", "b", "c", "d", "e", "f", "g"]
        let beliefs = [0.3, 0.5, 0.7, 0.9, 1.0]
        for _ in 0..<150 {
            var lines: [(String, String, Double)] = []
            for _ in 0..<(8 + generator.next(below: 16)) {
                let from = nodes[generator.next(below: nodes.count)]
                let to = nodes[generator.next(below: nodes.count)]
                if from != to { lines.append((from, to, beliefs[generator.next(below: beliefs.count)])) }
            }
            let graph = Graph(lines)
            let hops = 1 + generator.next(below: 5)
            let count = 1 + generator.next(below: 6)
            #expect(
                try graph.best("a", "g", hops: hops, count: count)
                    == graph.bruteForce("a", "g", hops: hops, count: count),
                "\(lines) hops \(hops) count \(count)")
        }
    }

    @Test("distances count steps backwards from the target, up to the limit")
    func distances() throws {
        let distances = try PathSearch.distances(to: "D", within: 2) { frontier in
            Set(Self.diamond.arcs.filter { frontier.contains($0.to) }.map(\.from))
        }
        #expect(distances == ["D": 0, "B": 1, "C": 1, "A": 1])
        #expect(try PathSearch.distances(to: "D", within: 0) { _ in ["A"] } == ["D": 0])
    }
}

/// A small deterministic random number generator (SplitMix64), so the random graphs are the same
/// on every run.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next number in `0..<bound`.
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(bound))
    }
}
