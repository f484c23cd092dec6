import LitGraphExport
import LitGraphModel
import LitGraphPipeline
import Testing

/// The rule that cuts a neighbourhood to `--max-edges`, and the choice of layout engine.
@Suite struct DiagramCutTests {
    static func entity(_ letter: String) -> Entity {
        Entity(id: "T:\(letter)", name: letter, category: .chemical)
    }

    static func edge(_ subject: String, _ object: String, belief: Double, evidence: Int = 1) -> GraphEdge {
        GraphEdge(
            relation: Relation(
                subject: entity(subject), predicate: .positivelyRegulates, polarity: .positive,
                object: entity(object)),
            evidenceCount: evidence, documentCount: evidence, evidence: [], belief: belief)
    }

    /// `A` and its neighbourhood: A–B strong, A–C weak but with more evidence, A–D as strong as A–B
    /// with less evidence; B–C, C–E, E–F further out; X–Y out of reach.
    static let graph = KnowledgeGraph(
        name: "A within 3 hops", nodes: ["A", "B", "C", "D", "E", "F", "X", "Y"].map(entity),
        edges: [
            edge("A", "B", belief: 0.9, evidence: 3), edge("C", "A", belief: 0.5, evidence: 4),
            edge("A", "D", belief: 0.9, evidence: 1), edge("B", "C", belief: 0.99), edge("C", "E", belief: 0.7),
            edge("E", "F", belief: 0.95), edge("X", "Y", belief: 1),
        ])

    /// The kept edges as `AB CA`, in graph order.
    static func cut(_ graph: KnowledgeGraph, limit: Int) -> String {
        GraphDiagram.cut(graph, around: entity("A"), maximumEdges: limit).edges
            .map { $0.relation.subject.name + $0.relation.object.name }.joined(separator: " ")
    }

    @Test(
        "ranked by distance, then belief, then evidence; the first N kept",
        arguments: [
            (0, ""), (1, "AB"), (2, "AB AD"), (3, "AB AD CA"), (4, "AB AD BC CA"), (5, "AB AD BC CA CE"),
            (6, "AB AD BC CA CE EF"), (60, "AB AD BC CA CE EF"),
        ])
    func ranking(limit: Int, kept: String) {
        #expect(Self.cut(Self.graph, limit: limit) == kept)
    }

    @Test("nodes are the centre and the ends of the kept edges; what the centre cannot reach is dropped")
    func nodes() {
        let cut = GraphDiagram.cut(Self.graph, around: Self.entity("A"), maximumEdges: 2)
        #expect(cut.nodes.map(\.name) == ["A", "B", "D"])
        #expect(cut.name == Self.graph.name)
        #expect(GraphDiagram.cut(Self.graph, around: Self.entity("A"), maximumEdges: 0).nodes.map(\.name) == ["A"])
        #expect(!Self.cut(Self.graph, limit: 100).contains("XY"))
    }

    @Test("hop distances are breadth-first, whichever way the edges point")
    func distances() {
        let distances = GraphDiagram.hopDistances(from: "T:A", over: Self.graph.edges)
        #expect(distances == ["T:A": 0, "T:B": 1, "T:C": 1, "T:D": 1, "T:E": 2, "T:F": 3])
    }

    /// A small deterministic generator (a 64-bit LCG), so the random graphs are the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("on random graphs, at every limit: connected to the centre, and no dropped edge ranks above a kept one")
    func randomGraphs() {
        var generator = Generator(state: 2_024)
        let letters = ["A", "B", "C", "D", "E", "F", "G", "H"]
        let beliefs = [0.35, 0.7, 0.91]
        for _ in 0..<100 {
            var edges: [GraphEdge] = []
            for _ in 0..<(4 + generator.next(below: 14)) {
                let (from, to) = (letters[generator.next(below: 8)], letters[generator.next(below: 8)])
                guard from != to,
                    !edges.contains(where: { $0.relation.subject.name == from && $0.relation.object.name == to })
                else { continue }
                edges.append(
                    Self.edge(
                        from, to, belief: beliefs[generator.next(below: 3)], evidence: 1 + generator.next(below: 3)))
            }
            let graph = KnowledgeGraph(name: "random", nodes: [], edges: edges)
            let distances = GraphDiagram.hopDistances(from: "T:A", over: graph.edges)
            let reachable = graph.edges.filter { distances[$0.relation.subject.id] != nil }
            for limit in 0...(reachable.count + 1) {
                let cut = GraphDiagram.cut(graph, around: Self.entity("A"), maximumEdges: limit)
                #expect(cut.edges.count == min(limit, reachable.count))
                let inside = GraphDiagram.hopDistances(from: "T:A", over: cut.edges)
                #expect(Set(cut.nodes.map(\.id)) == Set(inside.keys), "connected: \(edges.count) edges, limit \(limit)")
                let dropped = reachable.filter { !cut.edges.contains($0) }
                for kept in cut.edges {
                    for other in dropped {
                        #expect(!Self.ranksBefore(other, kept, distances), "limit \(limit)")
                    }
                }
                #expect(GraphDiagram.cut(graph, around: Self.entity("A"), maximumEdges: limit) == cut)
            }
        }
    }

    /// Whether `left` ranks strictly before `right` by distance, belief and evidence (ties aside).
    static func ranksBefore(_ left: GraphEdge, _ right: GraphEdge, _ distances: [String: Int]) -> Bool {
        let distance = { (edge: GraphEdge) in
            min(distances[edge.relation.subject.id] ?? .max, distances[edge.relation.object.id] ?? .max)
        }
        return (distance(left), -left.belief, -left.evidenceCount) < (
            distance(right), -right.belief, -right.evidenceCount
        )
    }

    /// A star of `spokes` edges around A, plus `extra` edges between its spokes.
    static func star(spokes: Int, extra: Int) -> GraphDiagram {
        var edges = (1...spokes).map { edge("A", "S\($0)", belief: 0.7) }
        var added = 0
        outer: for left in 1...spokes {
            for right in (left + 1)...(spokes + 1) where right <= spokes {
                guard added < extra else { break outer }
                edges.append(edge("S\(left)", "S\(right)", belief: 0.7))
                added += 1
            }
        }
        return GraphDiagram(graph: KnowledgeGraph(name: "star", nodes: [], edges: edges), focus: [entity("A")])
    }

    @Test(
        "dot up to 150 nodes, and up to 150 edges or 1.5 per node; sfdp beyond",
        arguments: [
            (149, 0, GraphvizLayout.dot), (150, 0, .sfdp), (100, 50, .dot), (100, 51, .dot), (100, 52, .sfdp),
            (60, 90, .dot),
            (60, 91, .sfdp), (120, 60, .dot),
        ])
    func layout(spokes: Int, extra: Int, expected: GraphvizLayout) {
        let diagram = Self.star(spokes: spokes, extra: extra)
        #expect(diagram.layout == expected, "\(diagram.nodeCount) nodes, \(diagram.graph.edges.count) edges")
    }

    @Test("the notes say how much was cut and when sfdp lays the diagram out")
    func notes() {
        let cut = GraphDiagram(
            graph: GraphDiagram.cut(Self.graph, around: Self.entity("A"), maximumEdges: 3), focus: [Self.entity("A")],
            availableEdgeCount: Self.graph.edges.count)
        #expect(cut.isCut)
        #expect(cut.notes(for: .svg) == ["diagram: kept 3 of 7 relations; raise --max-edges or add filters"])
        #expect(cut.summary(path: "out.svg") == "wrote 4 nodes and 3 edges to out.svg")
        let large = Self.star(spokes: 200, extra: 0)
        #expect(!large.isCut)
        #expect(
            large.notes(for: .png) == [
                "diagram: 201 nodes and 200 edges: laid out with sfdp (dot is slow at this size), so the left-to-right "
                    + "order is lost"
            ])
        #expect(
            large.notes(for: .dot).first?.contains("render with `sfdp -Goverlap=prism -Gsplines=line -Tsvg`") == true)
    }
}
