import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// A full disk and a concurrent build, at the store: the error names the database, and what was
/// committed before is intact; readers see a consistent snapshot while a writer is busy.
@Suite("Storage faults")
struct StorageFaultTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("graph.sqlite")
        try GraphStore(path: path, mode: .readWrite).write([Fixtures.first(), Fixtures.second()])
    }

    /// A document with a long abstract in which oxytocin lowers hydrocortisone.
    static func document(_ number: Int) -> AnnotatedDocument {
        var builder = DocumentBuilder(
            id: "\(3000 + number)", title: "Oxytocin study \(number)",
            abstractSentences: ["Oxytocin lowered hydrocortisone in adults."]
                + (0..<20).map { "Finding \($0) of study \(number) was recorded in detail for later analysis." })
        builder.relate(
            (Fixtures.oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (Fixtures.cortisol, "hydrocortisone"),
            trigger: "lowered", sentence: 1)
        return builder.annotated
    }

    @Test("a write that fills the disk (max_page_count) fails naming the database; earlier commits are intact")
    func diskFull() throws {
        let statistics = try GraphStore(path: path, mode: .readOnly).statistics()
        let store = try GraphStore(path: path, mode: .readWrite)
        let pages = try store.connection.scalarInt("PRAGMA page_count")
        try store.connection.execute("PRAGMA max_page_count = \(pages)")
        #expect(throws: StoreError.diskFull(path: path)) {
            try store.transaction { try store.write((0..<200).map(Self.document)) }
        }
        #expect(try store.statistics() == statistics)
        let message = StoreError.diskFull(path: path).description
        #expect(message.hasPrefix("the disk holding \(path) is full;") && !message.contains("\n"))
        // With room again, the same store writes, and the file passes every check.
        try store.connection.execute("PRAGMA max_page_count = 1073741823")
        #expect(try store.write([Self.document(1)]).added == 1)
        #expect(try GraphStore.check(path: path).holds)
    }

    @Test("the file is unchanged after a write that ran out of space")
    func diskFullLeavesFileUnchanged() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try GraphStore(path: path, mode: .readWrite)
            let pages = try store.connection.scalarInt("PRAGMA page_count")
            try store.connection.execute("PRAGMA max_page_count = \(pages)")
            #expect(throws: StoreError.diskFull(path: path)) { try store.write((0..<200).map(Self.document)) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try GraphStore.check(path: path).holds)
    }

    @Test("a reader during an open write transaction sees the state before it; after the commit, the new one")
    func readerSeesSnapshot() throws {
        let writer = try GraphStore(path: path, mode: .readWrite)
        let reader = try GraphStore(path: path, mode: .readOnly)
        let before = try reader.statistics()
        let graphBefore = try reader.graph(name: "g")
        try writer.transaction {
            try writer.write([Self.document(1), Self.document(2)])
            #expect(try reader.statistics() == before)
            #expect(try reader.graph(name: "g") == graphBefore)
            #expect(try GraphStore(path: path, mode: .readOnly).statistics() == before)
        }
        #expect(try reader.statistics().documents == before.documents + 2)
    }

    @Test("inside snapshot(_:), reads agree even when another connection commits in between")
    func snapshotSpansCommits() throws {
        let writer = try GraphStore(path: path, mode: .readWrite)
        let reader = try GraphStore(path: path, mode: .readOnly)
        let (first, second) = try reader.snapshot {
            let first = try reader.statistics()
            try writer.write([Self.document(1)])
            let edges = try reader.edges(of: Fixtures.oxytocin.id, direction: .outgoing)
            #expect(edges.allSatisfy { !$0.evidence.contains { $0.documentID == "3001" } })
            return (first, try reader.statistics())
        }
        #expect(first == second)
        #expect(try reader.statistics().documents == first.documents + 1)
    }
}
