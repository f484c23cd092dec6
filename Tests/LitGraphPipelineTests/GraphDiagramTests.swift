import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// `litgraph diagram`'s pipeline function on graphs written through the real store: the tricky
/// graph (golden DOT for both modes) and the neighbourhood graph of ``NeighbourhoodTests``.
@Suite struct GraphDiagramTests {
    let directory: TemporaryDirectory
    /// ``TrickyCorpus``.
    let tricky: String
    /// ``NeighbourhoodTests``' graph: E → B, A → B → C → D, C → E, C ⇢ F (hedged), G → H, A → C, G → D.
    let letters: String

    init() throws {
        directory = try TemporaryDirectory()
        tricky = directory.path("tricky.sqlite")
        try GraphStore(path: tricky, mode: .readWrite).write(TrickyCorpus.documents)
        letters = directory.path("letters.sqlite")
        let e = NeighbourhoodTests.entity
        let document = NeighbourhoodTests.document
        try GraphStore(path: letters, mode: .readWrite).write([
            document(1, e("E"), e("B"), false, nil), document(2, e("A"), e("B"), false, nil),
            document(3, e("B"), e("C"), false, nil), document(4, e("C"), e("D"), false, nil),
            document(5, e("C"), e("E"), false, nil), document(6, e("C"), e("F"), true, nil),
            document(7, e("G"), e("H"), false, nil), document(8, e("A"), e("C"), false, nil),
            document(9, e("G"), e("D"), false, nil),
        ])
    }

    /// The edges as `AB BC`, in graph order.
    static func letterEdges(_ diagram: GraphDiagram) -> String {
        diagram.graph.edges.map { String($0.relation.subject.id.dropFirst(5) + $0.relation.object.id.dropFirst(5)) }
            .joined(separator: " ")
    }

    @Test("golden DOT: the neighbourhood of IL-6, IL-6 in bold")
    func neighbourhoodGolden() throws {
        let diagram = try GraphDiagram(
            databasePath: tricky, subject: .neighbourhood(entity: "IL-6", hops: 2, maximumEdges: 60))
        #expect(diagram.focus.map(\.id) == ["NCBIGene:3569"])
        #expect(!diagram.isCut)
        #expect(diagram.layout == .dot)
        GoldenFile(name: "diagram-neighbourhood.dot").check(diagram.dot)
        let gene = diagram.dot.split(separator: "\n").first { $0.hasPrefix(#"  "NCBIGene:3569" ["#) }
        #expect(gene?.contains(##"penwidth=3.0, color="#000000""##) == true)
        #expect(gene?.contains(#"class="Gene focus""#) == true)
    }

    @Test("golden DOT: the neighbourhood of a<b & c cut to one relation, the stated one before the denied one")
    func cutGolden() throws {
        let diagram = try GraphDiagram(
            databasePath: tricky, subject: .neighbourhood(entity: "LITGRAPH:markup", hops: 1, maximumEdges: 1))
        #expect(diagram.availableEdgeCount == 2)
        #expect(diagram.graph.edges.map(\.relation.subject.name) == ["psychotherapy"])
        GoldenFile(name: "diagram-neighbourhood-cut.dot").check(diagram.dot)
    }

    @Test("golden DOT: the paths from oxytocin to β-endorphin, both ends in bold")
    func pathGolden() throws {
        let diagram = try GraphDiagram(
            databasePath: tricky,
            subject: .paths(from: "oxytocin", to: "MESH:D004723", maximumHops: 3, count: 5, undirected: false))
        #expect(diagram.focus.map(\.id) == ["MESH:D010121", "MESH:D004723"])
        GoldenFile(name: "diagram-path.dot").check(diagram.dot)
        #expect(diagram.dot.components(separatedBy: "class=\"ChemicalEntity focus\"").count == 3)
    }

    @Test("the cut applies to the real neighbourhood, and the filters come first")
    func neighbourhoodCut() throws {
        let all = try GraphDiagram(
            databasePath: letters, subject: .neighbourhood(entity: "entity C", hops: 1, maximumEdges: 60))
        #expect(Self.letterEdges(all) == "AB AC BC CD CE CF EB")
        let cut = try GraphDiagram(
            databasePath: letters, subject: .neighbourhood(entity: "entity C", hops: 1, maximumEdges: 4))
        #expect(cut.availableEdgeCount == 7)
        #expect(Self.letterEdges(cut) == "AC BC CD CE", "distance 0 first; the hedged C → F has the lowest belief")
        #expect(cut.notes(for: .dot) == ["diagram: kept 4 of 7 relations; raise --max-edges or add filters"])
        let filtered = try GraphDiagram(
            databasePath: letters, subject: .neighbourhood(entity: "entity C", hops: 1, maximumEdges: 60),
            filter: EdgeFilter(excludesHedged: true))
        #expect(Self.letterEdges(filtered) == "AB AC BC CD CE EB")
    }

    @Test("path mode draws the union of the best paths' steps, each relation once")
    func pathUnion() throws {
        let diagram = try GraphDiagram(
            databasePath: letters,
            subject: .paths(from: "entity A", to: "entity D", maximumHops: 4, count: 5, undirected: false))
        #expect(Self.letterEdges(diagram) == "AB AC BC CD")
        #expect(diagram.graph.nodes.map(\.id) == ["TEST:A", "TEST:B", "TEST:C", "TEST:D"])
        #expect(diagram.graph.name == "paths from entity A to entity D")
        let one = try GraphDiagram(
            databasePath: letters,
            subject: .paths(from: "entity A", to: "entity D", maximumHops: 4, count: 1, undirected: false))
        #expect(Self.letterEdges(one) == "AC CD")
    }

    @Test("nothing to draw is an error naming the fix")
    func nothingToDraw() throws {
        let noPath = #expect(throws: DiagramError.self) {
            try GraphDiagram(
                databasePath: letters,
                subject: .paths(from: "entity D", to: "entity A", maximumHops: 4, count: 5, undirected: false))
        }
        #expect(noPath == .noPath(from: "entity D", to: "entity A", maximumHops: 4, undirected: false))
        #expect(noPath?.description.contains("try --undirected, raise --max-hops") == true)
        #expect(
            throws: DiagramError.noRelations(entity: "entity F"),
            performing: {
                try GraphDiagram(
                    databasePath: letters, subject: .neighbourhood(entity: "entity F", hops: 2, maximumEdges: 60),
                    filter: EdgeFilter(excludesHedged: true))
            })
        #expect(throws: PipelineError.samePathEnds("TEST:A")) {
            try GraphDiagram(
                databasePath: letters,
                subject: .paths(from: "entity A", to: "TEST:A", maximumHops: 4, count: 5, undirected: false))
        }
        #expect(throws: PipelineError.self) {
            try GraphDiagram(
                databasePath: letters, subject: .neighbourhood(entity: "nobody", hops: 1, maximumEdges: 60))
        }
    }

    @Test(
        "the format follows the extension",
        arguments: [
            ("out.svg", DiagramFormat.svg), ("a/b.c/out.PNG", .png), ("x.pdf", .pdf), ("x.dot", .dot), ("x.gv", nil),
            ("svg", nil), (".svg", nil), ("dir.svg/x", nil),
        ])
    func format(path: String, expected: DiagramFormat?) {
        #expect(DiagramFormat(path: path) == expected)
    }

    @Test("draw writes the DOT atomically and returns the notes; an unknown extension is refused first")
    func draw() throws {
        let path = directory.path("c.dot")
        let notes = try GraphDiagram.draw(
            .neighbourhood(entity: "entity C", hops: 1, maximumEdges: 2), databasePath: letters, to: path,
            renderer: GraphvizRenderer(searchPath: "/nonexistent"))
        #expect(
            notes == [
                "diagram: kept 2 of 7 relations; raise --max-edges or add filters",
                "wrote 3 nodes and 2 edges to \(path)",
            ])
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("// Generated by LitGraph."))
        #expect(throws: DiagramError.unknownFormat(path: directory.path("c.gif"))) {
            try GraphDiagram.draw(
                .neighbourhood(entity: "entity C", hops: 1, maximumEdges: 2), databasePath: "/nonexistent.sqlite",
                to: directory.path("c.gif"))
        }
    }

    @Test("a missing dot fails an image with GraphvizError and writes nothing")
    func missingDot() throws {
        let path = directory.path("c.svg")
        #expect(throws: GraphvizError.notInstalled(searchPath: "/nonexistent")) {
            try GraphDiagram.draw(
                .neighbourhood(entity: "entity C", hops: 1, maximumEdges: 2), databasePath: letters, to: path,
                renderer: GraphvizRenderer(searchPath: "/nonexistent"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
