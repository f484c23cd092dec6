import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphStore

/// `evidence.comparison` (schema version 4): written, read back, hashed only when set, and added
/// in place to a version 3 database.
@Suite("The comparison flag in the store")
struct ComparisonStoreTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// ``Fixtures/first()`` with its oxytocin → cortisol evidence flagged as a comparison.
    func comparedDocument() -> AnnotatedDocument {
        var document = Fixtures.first()
        document.relations[1].evidence.isComparison = true
        return document
    }

    @Test("migration v4 is named add-evidence-comparison")
    func migrationIsRegistered() {
        #expect(Migration.all.first { $0.version == 4 }?.name == "add-evidence-comparison")
        #expect(Migration.currentVersion >= 4)
    }

    @Test("the flag is written and read back on its evidence only")
    func roundTrip() throws {
        let store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
        #expect(try store.write([comparedDocument()]).added == 1)
        let edges = try store.edges(of: Fixtures.oxytocin.id, direction: .outgoing)
        let flags = Dictionary(
            uniqueKeysWithValues: edges.map { ($0.relation.object.id, $0.evidence.map(\.isComparison)) })
        #expect(flags[Fixtures.cortisol.id] == [true])
        #expect(flags[Fixtures.resilience.id] == [false])
        #expect(flags[Fixtures.oxtr.id] == [false])
        #expect(try store.connection.scalarInt("SELECT count(*) FROM evidence WHERE comparison = 1") == 1)
        try expectConsistent(store)
    }

    @Test("the content hash changes with the flag set and keeps its old value without it")
    func contentHash() {
        #expect(Fixtures.first().contentHash == "11ab833bd532ea47")
        #expect(comparedDocument().contentHash != Fixtures.first().contentHash)
    }

    @Test("rewriting a document whose only change is the flag replaces its evidence")
    func rewriteOnFlagChange() throws {
        let store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
        #expect(try store.write([Fixtures.first()]).added == 1)
        #expect(try store.write([comparedDocument()]).replaced == 1)
        #expect(try store.connection.scalarInt("SELECT count(*) FROM evidence WHERE comparison = 1") == 1)
    }

    @Test("a version 3 database gains evidence.comparison (0 on old rows) in place")
    func migratesVersionThree() throws {
        let path = directory.path("v3.sqlite")
        let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
        try Migrator(migrations: Array(Migration.all.prefix(3))).migrate(connection)
        try connection.execute(
            """
            INSERT INTO documents VALUES ('7', '7', 'T.', 'Oxytocin reduced anxiety.', NULL, 2019, '[]', '[]', NULL, 'h');
            INSERT INTO sentences VALUES ('7', 1, 3, 28, 'Oxytocin reduced anxiety.');
            INSERT INTO entities VALUES ('MESH:D010121', 'oxytocin', 'chemical'), ('MESH:D001008', 'anxiety', 'phenotype');
            INSERT INTO relations VALUES (1, 'MESH:D010121', 'negatively_regulates', 'negative', 'MESH:D001008', 1, 1);
            INSERT INTO evidence VALUES (1, 1, '7', 1, 3, 11, 12, 19, 20, 27, 'reduced', 'active-verb', 0, 0, 0.9);
            """
        )
        #expect(try queryRaw("PRAGMA user_version", at: path) == 3)
        let store = try GraphStore(path: path, mode: .readWrite)
        #expect(try store.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        let edge = try #require(try store.edges(of: "MESH:D010121", direction: .outgoing).first)
        #expect(edge.evidence.map(\.isComparison) == [false])
        #expect(edge.evidence.first?.confidence == 0.9)
        #expect(try store.write([comparedDocument()]).added == 1)
        #expect(try store.connection.scalarInt("SELECT count(*) FROM evidence WHERE comparison = 1") == 1)
        #expect(throws: SQLiteError.self) {
            try store.connection.execute("UPDATE evidence SET comparison = 2")
        }
    }
}
