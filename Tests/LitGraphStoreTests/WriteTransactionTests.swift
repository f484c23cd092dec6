import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Write transactions and binding")
struct WriteTransactionTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
    }

    @Test("foreign keys are enforced outside write transactions and relaxed inside them")
    func foreignKeysAroundWrites() throws {
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        let inside = try store.transaction { try store.connection.scalarInt("PRAGMA foreign_keys") }
        #expect(inside == 0)
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        try store.write([Fixtures.first()])
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        struct Failure: Error {}
        #expect(throws: Failure.self) { try store.transaction { throw Failure() } }
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
    }

    @Test("replacing a document deletes its old rows and removed entities' names without a cascade")
    func replacementDeletesChildren() throws {
        try store.write([Fixtures.first(), Fixtures.second()])
        var changed = Fixtures.second()
        changed.relations.removeAll { $0.relation.subject == Fixtures.esr1 }
        changed.mentions.removeAll { $0.entity == Fixtures.esr1 }
        changed.sentences.removeLast()
        changed.relations.removeAll { $0.evidence.sentenceIndex == changed.sentences.count }
        try store.transaction { try store.write([changed]) }
        func count(_ table: String) throws -> Int {
            try store.connection.cachedStatement("SELECT count(*) FROM \(table) WHERE document_id = ?")
                .scalarInt([.text(changed.document.id)]) ?? 0
        }
        #expect(try count("mentions") == changed.mentions.count)
        #expect(try count("sentences") == changed.sentences.count)
        #expect(try count("evidence") == changed.relations.count)
        let names = try store.connection.cachedStatement("SELECT count(*) FROM entity_names WHERE entity_id = ?")
            .scalarInt([.text(Fixtures.esr1.id)])
        #expect(names == 0)
        try expectConsistent(store)
    }

    @Test(
        "binding a parameter pack stores what binding an array of values does",
        arguments: [
            (SQLiteValue.text("ascii"), "ascii"), (.text(""), ""), (.text("β-catenin ✓"), "β-catenin ✓"),
            (.integer(-7), "-7"), (.integer(1), "1"), (.real(0.25), "0.25"), (.null, "NULL"),
        ])
    func packBindingMatchesArray(value: SQLiteValue, expected: String) throws {
        let select = try store.connection.cachedStatement("SELECT quote(?)")
        let fromArray = try select.rows([value]) { $0.text(at: 0) }
        let fromPack = try select.first(binding: value) { $0.text(at: 0) }
        #expect(fromArray == [fromPack ?? ""])
        #expect(fromPack?.replacingOccurrences(of: "'", with: "") == expected)
    }

    @Test("typed values bind as their SQLiteValue equivalents, nil as NULL, texts of one row side by side")
    func typedBinding() throws {
        let select = try store.connection.cachedStatement("SELECT quote(?), quote(?), quote(?), quote(?), quote(?), ?")
        let none: String? = nil
        let longText = String(repeating: "long text ", count: 300)
        let row = try select.first(binding: "a", true, 2.5, none, Int?.some(3), longText) { statement in
            (0..<6).map { statement.text(at: Int32($0)) }
        }
        #expect(row == ["'a'", "1", "2.5", "NULL", "3", longText])
    }

    @Test(
        "rows inserted several to a statement are the rows inserted one by one, in order",
        arguments: [0, 1, 7, 8, 9, 16, 17, 25])
    func multiRowInsert(count: Int) throws {
        try store.connection.execute("CREATE TEMP TABLE rows (n INTEGER NOT NULL, label TEXT, score REAL)")
        let rows = (0..<count).map { n in (n: n, label: n % 3 == 0 ? nil : "row \(n) ✓", score: Double(n) / 4) }
        try store.transaction {
            try store.insert(
                rows, with: GraphStore.RowInsert("temp.rows (n, label, score)", columns: 3),
                textByteCount: { $0.label?.utf8.count ?? 0 }
            ) { statement, row, index in
                try statement.bind(row.n, at: index)
                try statement.bind(row.label, at: index + 1)
                try statement.bind(row.score, at: index + 2)
            }
        }
        let stored = try store.connection.cachedStatement("SELECT n, label, score FROM temp.rows ORDER BY rowid")
            .rows { "\($0.int(at: 0)) \($0.optionalText(at: 1) ?? "nil") \($0.optionalDouble(at: 2) ?? -1)" }
        #expect(stored == rows.map { "\($0.n) \($0.label ?? "nil") \($0.score)" })
    }

    /// ``Fixtures/second()`` with a confidence the `evidence` table's CHECK refuses: its write fails
    /// after the document, sentences and mentions are inserted.
    private func failingSecond() -> AnnotatedDocument {
        var document = Fixtures.second()
        document.relations[document.relations.count - 1].evidence.confidence = 2
        return document
    }

    private func storedDocuments() throws -> Int {
        try store.connection.scalarInt("SELECT count(*) FROM documents")
    }

    private func searchSegments() throws -> Int {
        try store.connection.scalarInt("SELECT count(DISTINCT segid) FROM sentence_search_idx")
    }

    @Test("writes in a bulk transaction take no savepoint: FTS5 holds their terms until the commit")
    func bulkWritesTakeNoSavepoint() throws {
        try store.transaction {
            try store.write([Fixtures.first()])
            try store.write([Fixtures.second()])
        }
        // Each write's savepoint made FTS5 write a segment.
        #expect(try searchSegments() == 2)
        let other = try GraphStore(path: directory.path("bulk.sqlite"), mode: .readWrite)
        try other.bulkTransaction {
            try other.write([Fixtures.first()])
            try other.write([Fixtures.second()])
            #expect(!other.connection.isAutocommit)
        }
        #expect(try other.connection.scalarInt("SELECT count(DISTINCT segid) FROM sentence_search_idx") == 1)
        #expect(try other.statistics() == store.statistics())
        #expect(
            try other.searchSentences(matching: "oxytocin", limit: 10)
                == store.searchSentences(matching: "oxytocin", limit: 10))
        try expectConsistent(other)
    }

    @Test("a write that fails in a bulk transaction rolls all of it back, even when the failure is caught")
    func bulkFailureRollsBackTransaction() throws {
        var caught: (any Error)?
        var later: (any Error)?
        #expect(throws: SQLiteError.self) {
            try store.bulkTransaction {
                try store.write([Fixtures.first()])
                do { try store.write([failingSecond()]) } catch { caught = error }
                do { try store.write([Fixtures.second()]) } catch { later = error }
            }
        }
        #expect(caught is SQLiteError)
        #expect("\(later.map { "\($0)" } ?? "none")" == "\(caught.map { "\($0)" } ?? "nil")")
        #expect(try storedDocuments() == 0)
        #expect(store.connection.isAutocommit)
        // The store is usable afterwards, and a bulk transaction without failure commits.
        try store.bulkTransaction { try store.write([Fixtures.first(), Fixtures.second()]) }
        #expect(try storedDocuments() == 2)
        try expectConsistent(store)
    }

    @Test("a write that fails in a plain transaction undoes only itself")
    func plainFailureUndoesOnlyItself() throws {
        try store.transaction {
            try store.write([Fixtures.first()])
            #expect(throws: SQLiteError.self) { try store.write([failingSecond()]) }
        }
        #expect(try storedDocuments() == 1)
        try expectConsistent(store)
    }

    @Test("a bulk transaction checkpoints the WAL at 16,384 pages while it lasts, and restores the threshold")
    func bulkCheckpointThreshold() throws {
        func threshold() throws -> Int { try store.connection.scalarInt("PRAGMA wal_autocheckpoint") }
        #expect(try threshold() == 1_000)
        let inside = try store.bulkTransaction {
            try store.write([Fixtures.first()])
            return try threshold()
        }
        #expect(inside == GraphStore.bulkCheckpointPages)
        #expect(GraphStore.bulkCheckpointPages == 16_384)
        #expect(try threshold() == 1_000)
        // Committed without a checkpoint: the WAL still holds the transaction's frames.
        let frames = try Statement(sql: "PRAGMA wal_checkpoint(PASSIVE)", connection: store.connection.handle)
            .rows { $0.int(at: 1) }
        #expect((frames.first ?? 0) > 0)
        #expect(throws: SQLiteError.self) {
            try store.bulkTransaction { try store.write([failingSecond()]) }
        }
        #expect(try threshold() == 1_000)
    }
}
