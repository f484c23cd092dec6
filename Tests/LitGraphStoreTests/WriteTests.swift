import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// Checks SQLite's own consistency checks on a store: `integrity_check` says ok, no foreign key is broken.
func expectConsistent(_ store: GraphStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let integrity = try store.connection.cachedStatement("PRAGMA integrity_check").rows { $0.text(at: 0) }
    #expect(integrity == ["ok"], sourceLocation: sourceLocation)
    let brokenKeys = try store.connection.cachedStatement("PRAGMA foreign_key_check").rows { $0.text(at: 0) }
    #expect(brokenKeys.isEmpty, sourceLocation: sourceLocation)
    let staleCounts = try store.connection.scalarInt(
        """
        SELECT count(*) FROM relations r
        WHERE evidence_count <> (SELECT count(*) FROM evidence WHERE relation_id = r.id)
        OR document_count <> (SELECT count(DISTINCT document_id) FROM evidence WHERE relation_id = r.id)
        OR evidence_count = 0
        """
    )
    #expect(staleCounts == 0, sourceLocation: sourceLocation)
}

@Suite("Writing documents")
struct WriteTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
    }

    @Test("two documents sharing a relation give it evidence count 2 from 2 documents")
    func roundTrip() throws {
        let summary = try store.write([Fixtures.first(), Fixtures.second()])
        #expect(summary == WriteSummary(added: 2, replaced: 0, unchanged: 0))
        #expect(
            try store.statistics()
                == GraphStatistics(documents: 2, sentences: 7, entities: 7, relations: 5, evidence: 6))
        let shared = try store.edges(from: Fixtures.oxytocin.id, to: Fixtures.resilience.id, eitherDirection: false)
        #expect(shared.count == 1)
        let edge = try #require(shared.first)
        #expect(
            edge.relation
                == Relation(
                    subject: Fixtures.oxytocin, predicate: .positivelyRegulates, polarity: .positive,
                    object: Fixtures.resilience))
        #expect(edge.evidenceCount == 2)
        #expect(edge.documentCount == 2)
        let expected = [Fixtures.first().relations[0].evidence, Fixtures.second().relations[0].evidence]
        #expect(edge.evidence == expected)
        try expectConsistent(store)
    }

    @Test("one document stating a relation under two names of its entity counts one document")
    func oneDocumentTwoNames() throws {
        // The extractor may name an entity otherwise in two sentences (a lexicon name, a noun
        // phrase); the table keys relations by identifier, so they are one relation of one document.
        let dehydrogenase = Entity(id: "LITGRAPH:aldh", name: "acetaldehyde dehydrogenase", category: .geneOrProtein)
        let renamed = Entity(id: dehydrogenase.id, name: "Acetaldehyde dehydrogenase", category: .geneOrProtein)
        var builder = DocumentBuilder(
            id: "2001", title: "Ethanol and acetaldehyde dehydrogenase",
            abstractSentences: ["Oxytocin induced acetaldehyde dehydrogenase.", "Oxytocin induced ALDH again."])
        builder.relate(
            (Fixtures.oxytocin, "Oxytocin"), .positivelyRegulates, .positive,
            (dehydrogenase, "acetaldehyde dehydrogenase"),
            trigger: "induced", sentence: 1)
        builder.relate(
            (Fixtures.oxytocin, "Oxytocin"), .positivelyRegulates, .positive, (renamed, "ALDH"), trigger: "induced",
            sentence: 2)
        try store.write([builder.annotated])
        let edges = try store.edges(from: Fixtures.oxytocin.id, to: dehydrogenase.id, eitherDirection: false)
        #expect(edges.count == 1)
        #expect(edges.first?.evidenceCount == 2)
        #expect(edges.first?.documentCount == 1)
        try expectConsistent(store)
        #expect(try GraphStore.check(path: directory.path("graph.sqlite")).holds)
    }

    @Test("every evidence row reads back exactly as written")
    func evidenceRoundTrip() throws {
        let documents = [Fixtures.first(), Fixtures.second()]
        try store.write(documents)
        let written = Set(documents.flatMap(\.relations).map { "\($0.relation)|\($0.evidence)" })
        let read = try store.graph(name: "all").edges.flatMap { edge in
            edge.evidence.map { "\(edge.relation)|\($0)" }
        }
        #expect(Set(read) == written)
        #expect(read.count == written.count)
    }

    @Test("writing the same documents again changes nothing")
    func idempotent() throws {
        try store.write([Fixtures.first(), Fixtures.second()])
        let before = try store.statistics()
        let graphBefore = try store.graph(name: "g")
        #expect(try store.write([Fixtures.second(), Fixtures.first()]) == WriteSummary(unchanged: 2))
        #expect(try store.statistics() == before)
        #expect(try store.graph(name: "g") == graphBefore)
        try expectConsistent(store)
    }

    @Test("a changed document replaces its evidence and drops relations and entities left without any")
    func replacesChangedDocument() throws {
        try store.write([Fixtures.first(), Fixtures.second()])
        var changed = Fixtures.second()
        changed.relations.removeAll { $0.relation.subject == Fixtures.esr1 }  // ESR1 → OXTR only came from here
        changed.mentions.removeAll { $0.entity == Fixtures.esr1 }
        changed.relations[0].evidence.rule = "nominalisation"
        #expect(try store.write([changed]) == WriteSummary(replaced: 1))

        #expect(try store.edges(of: Fixtures.esr1.id, direction: .both).isEmpty)
        #expect(try store.entities(matching: Fixtures.esr1.id).isEmpty)  // no mention, no relation left
        #expect(try store.entities(matching: Fixtures.reticulum.id).count == 1)  // still mentioned
        let shared = try store.edges(from: Fixtures.oxytocin.id, to: Fixtures.resilience.id, eitherDirection: false)
        #expect(shared.map(\.evidenceCount) == [2])
        #expect(shared.first?.evidence.map(\.rule) == ["active-verb", "nominalisation"])
        #expect(
            try store.statistics()
                == GraphStatistics(documents: 2, sentences: 7, entities: 6, relations: 4, evidence: 5))
        try expectConsistent(store)
    }

    @Test("a document whose evidence disappears takes the relation's counts down with it")
    func decrementsSharedRelation() throws {
        try store.write([Fixtures.first(), Fixtures.second()])
        var changed = Fixtures.first()
        changed.relations.removeFirst()
        try store.write([changed])
        let shared = try store.edges(from: Fixtures.oxytocin.id, to: Fixtures.resilience.id, eitherDirection: false)
        #expect(shared.map(\.evidenceCount) == [1])
        #expect(shared.map(\.documentCount) == [1])
        #expect(shared.first?.evidence.map(\.documentID) == ["1002"])
        try expectConsistent(store)
    }

    @Test("a batch holding two versions of a document keeps the last one")
    func twoVersionsInOneBatch() throws {
        var changed = Fixtures.second()
        changed.relations.removeAll { $0.relation.subject == Fixtures.esr1 }
        changed.mentions.removeAll { $0.entity == Fixtures.esr1 }
        let summary = try store.write([Fixtures.second(), changed, Fixtures.first(), Fixtures.second()])
        #expect(summary == WriteSummary(added: 2, replaced: 2, unchanged: 0))
        #expect(try store.entities(matching: "er").map(\.id) == [Fixtures.esr1.id, Fixtures.reticulum.id])
        #expect(
            try store.statistics()
                == GraphStatistics(documents: 2, sentences: 7, entities: 7, relations: 5, evidence: 6))
        try expectConsistent(store)
    }

    @Test("a transaction that throws stores nothing; a nested failure undoes only its own writes")
    func transactions() throws {
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try store.transaction {
                try store.write([Fixtures.first()])
                throw Abort()
            }
        }
        #expect(try store.statistics().documents == 0)
        try store.transaction {
            try store.write([Fixtures.first()])
            #expect(throws: Abort.self) {
                try store.transaction {
                    try store.write([Fixtures.second()])
                    throw Abort()
                }
            }
        }
        #expect(try store.statistics().documents == 1)
        try expectConsistent(store)
    }

    @Test("evidence citing a missing sentence is refused before anything is written")
    func invalidDocument() throws {
        var broken = Fixtures.second()
        broken.relations[0].evidence.sentenceIndex = 9
        #expect(
            throws: StoreError.invalidDocument(
                path: store.path, documentID: "1002", problem: "evidence cites sentence 9, which the document lacks")
        ) {
            try store.write([Fixtures.first(), broken])
        }
        #expect(try store.statistics().documents == 0)
    }

    @Test("quotes, SQL, control characters and non-ASCII text round-trip unchanged")
    func hostileText() throws {
        let name = "O'Brien \"factor\"; DROP TABLE entities; --\t\u{1}\u{7F} β-endorphin µ 催产素 🧬"
        let weird = Entity(id: "LITGRAPH:o'brien\";--", name: name, category: .other)
        var builder = DocumentBuilder(
            id: "x'); DROP TABLE documents; --",
            title: "Title with 'quotes' and \"double quotes\"",
            abstractSentences: ["\(name) inhibits oxytocin\u{2028}release."])
        builder.relate(
            (weird, name), .negativelyRegulates, .negative, (Fixtures.oxytocin, "oxytocin"), trigger: "inhibits",
            sentence: 1, rule: "rule'; DELETE FROM evidence; --")
        try store.write([builder.annotated])
        #expect(try store.entities(matching: name) == [weird])
        #expect(try store.entities(matching: weird.id.uppercased()) == [weird])
        let edge = try #require(try store.edges(of: weird.id, direction: .outgoing).first)
        #expect(edge.relation.subject == weird)
        #expect(edge.evidence == [builder.annotated.relations[0].evidence])
        #expect(try store.statistics().documents == 1)
        try expectConsistent(store)
    }

    @Test("the content hash is deterministic and covers the extractor's output")
    func contentHash() {
        let document = Fixtures.first()
        #expect(document.contentHash == Fixtures.first().contentHash)
        #expect(document.contentHash.count == 16)
        #expect(document.contentHash == "11ab833bd532ea47")  // the same in every process and on every platform
        var movedFile = document
        movedFile.document.source = "elsewhere/test.xml"
        #expect(movedFile.contentHash == document.contentHash)  // the same file read through another path
        var changedRule = document
        changedRule.relations[0].evidence.rule = "passive-by"
        var changedYear = document
        changedYear.document.year = 2025
        let hashes = Set([document, changedRule, changedYear].map(\.contentHash))
        #expect(hashes.count == 3)
    }

    @Test(
        "the hasher is 64-bit FNV-1a",
        arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func fnv1a(input: String, expected: String) {
        var hasher = ContentHasher()
        for byte in input.utf8 { hasher.combine(byte: byte) }
        #expect(hasher.hexDigest == expected)
    }
}
