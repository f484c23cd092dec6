import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// `GraphStore.neighbourhood(of:hops:filter:name:)` and `export --around` on a hand-written store.
///
/// The graph, one document per edge:
///
///     E → B,  A → B → C → D,  C → E,  C ⇢ F (hedged only),  G → H,  A and G both written "beta"
@Suite struct NeighbourhoodTests {
    static func entity(_ letter: String) -> Entity {
        Entity(id: "TEST:\(letter)", name: "entity \(letter)", category: .chemical)
    }

    /// One document per relation: "<subject> raises <object>." with the mentions located.
    static func document(
        _ index: Int, _ subject: Entity, _ object: Entity, hedged: Bool = false, surface: String? = nil
    )
        -> AnnotatedDocument
    {
        let subjectText = surface ?? subject.name
        let sentence = "\(subjectText) raises \(object.name)."
        let title = "Title \(index)"
        let offset = title.unicodeScalars.count + 1
        let subjectEnd = offset + subjectText.unicodeScalars.count
        let subjectSpan = TextSpan(start: offset, end: subjectEnd)
        let triggerSpan = TextSpan(start: subjectEnd + 1, end: subjectEnd + 7)
        let objectSpan = TextSpan(start: subjectEnd + 8, end: subjectEnd + 8 + object.name.unicodeScalars.count)
        let evidence = Evidence(
            documentID: "\(100 + index)", sentenceIndex: 1, sentenceText: sentence, subjectSpan: subjectSpan,
            triggerSpan: triggerSpan, objectSpan: objectSpan, trigger: "raises", rule: "active-verb", isHedged: hedged)
        let relation = Relation(subject: subject, predicate: .positivelyRegulates, polarity: .positive, object: object)
        return AnnotatedDocument(
            document: Document(
                id: "\(100 + index)", pmid: "\(100 + index)", title: title, abstract: sentence, year: 2020),
            sentences: [
                Sentence(index: 0, span: TextSpan(start: 0, end: offset - 1), text: title),
                Sentence(
                    index: 1, span: TextSpan(start: offset, end: offset + sentence.unicodeScalars.count), text: sentence
                ),
            ],
            mentions: [
                Mention(entity: subject, span: subjectSpan, text: subjectText),
                Mention(entity: object, span: objectSpan, text: object.name),
            ],
            relations: [ExtractedRelation(relation: relation, evidence: evidence)]
        )
    }

    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("graph.sqlite")
        let e = Self.entity
        let store = try GraphStore(path: database, mode: .readWrite)
        try store.write([
            Self.document(1, e("E"), e("B")), Self.document(2, e("A"), e("B")), Self.document(3, e("B"), e("C")),
            Self.document(4, e("C"), e("D")), Self.document(5, e("C"), e("E")),
            Self.document(6, e("C"), e("F"), hedged: true), Self.document(7, e("G"), e("H")),
            Self.document(8, e("A"), e("C"), surface: "beta"), Self.document(9, e("G"), e("D"), surface: "beta"),
        ])
    }

    /// The neighbourhood's nodes (letters) and edges (`XY`), sorted.
    func walk(_ letter: String, hops: Int, filter: EdgeFilter = .none) throws -> (nodes: String, edges: [String]) {
        let store = try GraphStore(path: database, mode: .readOnly)
        let graph = try #require(try store.neighbourhood(of: "TEST:\(letter)", hops: hops, filter: filter, name: "n"))
        let letters = { (entity: Entity) in String(entity.id.dropFirst(5)) }
        return (
            graph.nodes.map(letters).joined(),
            graph.edges.map { letters($0.relation.subject) + letters($0.relation.object) }
        )
    }

    @Test(
        "breadth-first in both directions; the entities within N hops and every edge between them",
        arguments: [
            ("B", 0, "B", [String]()),
            ("B", 1, "ABCE", ["AB", "AC", "BC", "CE", "EB"]),
            ("D", 1, "CDG", ["CD", "GD"]),
            ("D", 2, "ABCDEFGH", ["AB", "AC", "BC", "CD", "CE", "CF", "EB", "GD", "GH"]),
            ("H", 1, "GH", ["GH"]),
        ])
    func walks(start: String, hops: Int, nodes: String, edges: [String]) throws {
        let found = try walk(start, hops: hops)
        #expect(found.nodes == nodes)
        #expect(found.edges == edges)
    }

    @Test("the filter decides which edges are walked: a hedged-only edge leads nowhere without hedged evidence")
    func filtered() throws {
        #expect(try walk("C", hops: 1).nodes == "ABCDEF")
        #expect(try walk("C", hops: 1, filter: EdgeFilter(excludesHedged: true)).nodes == "ABCDE")
        #expect(try walk("C", hops: 1, filter: EdgeFilter(minimumEvidence: 2)).nodes == "C")
    }

    @Test("edges carry their evidence and counts, exactly as in the whole graph")
    func sameEdgesAsTheWholeGraph() throws {
        let store = try GraphStore(path: database, mode: .readOnly)
        let whole = try store.graph(name: "n")
        let part = try #require(try store.neighbourhood(of: "TEST:B", hops: 1, name: "n"))
        #expect(!part.edges.isEmpty)
        for edge in part.edges {
            #expect(whole.edges.contains(edge))
        }
        #expect(try store.neighbourhood(of: "TEST:B", hops: 1, name: "n") == part)
        #expect(try store.neighbourhood(of: "TEST:nobody", hops: 1, name: "n") == nil)
    }

    @Test("export --around resolves a name as query does, and names the graph after the entity")
    func exportAround() throws {
        let exports = try GraphExports(databasePath: database, around: Neighbourhood(entity: "entity D", hops: 1))
        #expect(exports.graph.nodes.map(\.id) == ["TEST:C", "TEST:D", "TEST:G"])
        #expect(exports.graph.name == "entity D within 1 hop")
        #expect(exports.baseName == "graph")
        let sif = try DatabaseExport.render(.sif, databasePath: database, around: Neighbourhood(entity: "TEST:H"))
        #expect(sif == "TEST:G\tpositively_regulates\tTEST:H\n")
    }

    @Test("an ambiguous or unknown entity is an error listing the candidates")
    func unresolved() throws {
        #expect(throws: PipelineError.ambiguousEntity("beta", candidates: ["TEST:A (entity A)", "TEST:G (entity G)"])) {
            try GraphExports(databasePath: database, around: Neighbourhood(entity: "beta"))
        }
        #expect(throws: PipelineError.unknownEntity("nobody", database: database)) {
            try GraphExports(databasePath: database, around: Neighbourhood(entity: "nobody"))
        }
    }

    @Test("the export output counts the nodes and edges written")
    func counts() throws {
        let output = try DatabaseExport.export(.kgx, databasePath: database, around: Neighbourhood(entity: "TEST:B"))
        #expect(output.nodeCount == 4)
        #expect(output.edgeCount == 5)
        #expect(output.files.map(\.name) == ["graph_nodes.tsv", "graph_edges.tsv"])
        #expect(
            output.summary(destination: "out") == "wrote 4 nodes and 5 edges to out (graph_nodes.tsv, graph_edges.tsv)")
    }
}
