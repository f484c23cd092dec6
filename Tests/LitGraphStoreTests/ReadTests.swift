import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Reading the graph")
struct ReadTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        try GraphStore(path: path, mode: .readWrite).write([Fixtures.first(), Fixtures.second()])
        store = try GraphStore(path: path, mode: .readOnly)
    }

    @Test(
        "an entity is found by its identifier in any case, or a bare MeSH identifier",
        arguments: ["MESH:D010121", "mesh:d010121", "MeSH:D010121", "D010121", "d010121", " MESH:D010121 "])
    func byIdentifier(query: String) throws {
        #expect(try store.entities(matching: query) == [Fixtures.oxytocin])
    }

    @Test(
        "an entity is found by its name or any surface form, case-insensitively",
        arguments: [
            ("NCBIGene:5021", Fixtures.oxtr), ("ncbigene:5021", Fixtures.oxtr), ("oxtr", Fixtures.oxtr),
            ("Oxytocin", Fixtures.oxytocin), ("OT", Fixtures.oxytocin), ("ot", Fixtures.oxytocin),
            ("Psychological   Resilience", Fixtures.resilience), ("Hydrocortisone", Fixtures.cortisol),
            ("stress", Fixtures.stress),
        ])
    func byNameOrSynonym(query: String, expected: Entity) throws {
        #expect(try store.entities(matching: query) == [expected])
    }

    @Test("an ambiguous name returns every entity, by degree then identifier")
    func ambiguous() throws {
        // "ER" was written for ESR1 (one relation) and for the endoplasmic reticulum (none).
        #expect(try store.entities(matching: "er") == [Fixtures.esr1, Fixtures.reticulum])
    }

    @Test("an unknown or empty query finds nothing", arguments: ["vasopressin", "", "   ", "D999", "MESH:"])
    func unknown(query: String) throws {
        #expect(try store.entities(matching: query).isEmpty)
    }

    @Test("edges are filtered by direction")
    func directions() throws {
        let id = Fixtures.resilience.id
        #expect(try store.edges(of: id, direction: .outgoing).isEmpty)
        let incoming = try store.edges(of: id, direction: .incoming)
        #expect(incoming.map(\.relation.subject) == [Fixtures.oxytocin, Fixtures.cortisol])
        #expect(try store.edges(of: id, direction: .both) == incoming)
        let oxtr = try store.edges(of: Fixtures.oxytocin.id, direction: .outgoing)
        #expect(oxtr.map(\.relation.object) == [Fixtures.resilience, Fixtures.cortisol, Fixtures.oxtr])
        #expect(oxtr.map(\.evidenceCount) == [2, 1, 1])
        #expect(try store.edges(of: Fixtures.oxytocin.id, direction: .incoming).isEmpty)
        #expect(
            try store.edges(of: Fixtures.oxtr.id, direction: .both).map(\.relation.subject) == [
                Fixtures.oxytocin, Fixtures.esr1,
            ])
    }

    @Test(
        "a predicate filter keeps that predicate or its family",
        arguments: [
            (RelationPredicate.regulates, [Fixtures.resilience, Fixtures.cortisol]),
            (.positivelyRegulates, [Fixtures.resilience]), (.negativelyRegulates, [Fixtures.cortisol]),
            (.interactsWith, [Fixtures.oxtr]), (.causes, []),
        ])
    func predicateFamily(predicate: RelationPredicate, objects: [Entity]) throws {
        let edges = try store.edges(of: Fixtures.oxytocin.id, direction: .outgoing, predicate: predicate)
        #expect(edges.map(\.relation.object) == objects)
    }

    @Test("without evidence, edges keep their counts")
    func countsOnly() throws {
        let edges = try store.edges(of: Fixtures.oxytocin.id, direction: .both, predicate: nil, withEvidence: false)
        #expect(edges.allSatisfy { $0.evidence.isEmpty })
        #expect(edges.map(\.evidenceCount) == [2, 1, 1])
        #expect(edges.map(\.documentCount) == [2, 1, 1])
    }

    @Test("edges between two entities, in one or either direction")
    func between() throws {
        let (cortisol, resilience) = (Fixtures.cortisol.id, Fixtures.resilience.id)
        #expect(try store.edges(from: resilience, to: cortisol, eitherDirection: false).isEmpty)
        let either = try store.edges(from: resilience, to: cortisol, eitherDirection: true)
        #expect(either.map(\.relation.predicate) == [.associatedWith])
        #expect(either.first?.evidence.map(\.trigger) == ["associated with"])
        #expect(try store.edges(from: cortisol, to: resilience, eitherDirection: false) == either)
    }

    @Test("the whole graph holds the entities in relations and every edge with its evidence")
    func wholeGraph() throws {
        let graph = try store.graph(name: "oxytocin")
        #expect(graph.name == "oxytocin")
        // stress and the endoplasmic reticulum are only mentioned, so they are not nodes.
        #expect(
            graph.nodes.map(\.id)
                == [
                    Fixtures.cortisol.id, Fixtures.oxytocin.id, Fixtures.resilience.id, Fixtures.esr1.id,
                    Fixtures.oxtr.id,
                ]
                .sorted())
        #expect(graph.edges.count == 5)
        #expect(graph.edges.map(\.evidence.count) == graph.edges.map(\.evidenceCount))
        #expect(graph.edges.reduce(0) { $0 + $1.evidenceCount } == 6)
        let hedged = graph.edges.flatMap(\.evidence).filter(\.isHedged)
        #expect(hedged.map(\.trigger) == ["modulate"])
    }

    @Test("a read-only store refuses to write and leaves the file unchanged")
    func readOnlyDoesNotWrite() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        #expect(throws: StoreError.readOnly(path: store.path)) { try store.write([Fixtures.first()]) }
        var changed = Fixtures.first()
        changed.document.year = 1999
        #expect(throws: StoreError.readOnly(path: store.path)) { try store.write([changed]) }
        #expect(throws: SQLiteError.self) { try store.connection.execute("DELETE FROM documents") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }
}
