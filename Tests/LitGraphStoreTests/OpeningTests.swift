import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// Runs `sql` on a plain SQLite connection to `path` (creating the file), then closes it.
func executeRaw(_ sql: String, at path: String) throws {
    let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
    try connection.execute(sql)
}

/// The integer a one-value query returns on a plain read-only connection to `path`.
func queryRaw(_ sql: String, at path: String) throws -> Int {
    try DatabaseConnection(path: path, readOnly: true, busyTimeoutMilliseconds: 1000).scalarInt(sql)
}

@Suite("Opening a graph database")
struct OpeningTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// Expects opening `path` in `mode` to throw `expected`, leaving the file's bytes unchanged.
    func expectRefusal(_ path: String, _ mode: GraphStore.AccessMode, _ expected: StoreError) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: expected) { try GraphStore(path: path, mode: mode) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("read-write creates a versioned LitGraph database with WAL and foreign keys")
    func createsDatabase() throws {
        let path = directory.path("new.sqlite")
        let store = try GraphStore(path: path, mode: .readWrite)
        #expect(store.path == path)
        #expect(try store.connection.scalarInt("PRAGMA application_id") == Int(Migration.applicationID))
        #expect(try store.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        let journal = try store.connection.cachedStatement("PRAGMA journal_mode").scalarText()
        #expect(journal == "wal")
        let names = try store.connection.cachedStatement("SELECT name FROM litgraph_migrations ORDER BY version")
            .rows { $0.text(at: 0) }
        #expect(names == Migration.all.map(\.name))
        #expect(
            try store.statistics()
                == GraphStatistics(documents: 0, sentences: 0, entities: 0, relations: 0, evidence: 0))
    }

    @Test("reopening an up-to-date database applies no migration")
    func reopens() throws {
        let path = directory.path("graph.sqlite")
        _ = try GraphStore(path: path, mode: .readWrite)
        _ = try GraphStore(path: path, mode: .readWrite)
        let readOnly = try GraphStore(path: path, mode: .readOnly)
        #expect(try readOnly.connection.scalarInt("SELECT count(*) FROM litgraph_migrations") == Migration.all.count)
    }

    @Test("read-only on a missing file names the path and the build command, and creates nothing")
    func missingFile() throws {
        let path = directory.path("missing.sqlite")
        #expect(throws: StoreError.missingDatabase(path: path)) { try GraphStore(path: path, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(
            StoreError.missingDatabase(path: path).description
                == "no graph database at \(path); build one with `litgraph build … --db \(path)`")
    }

    @Test("read-write on a missing directory reports it cannot open the path")
    func missingDirectory() throws {
        let path = directory.path("no/such/dir/graph.sqlite")
        #expect {
            try GraphStore(path: path, mode: .readWrite)
        } throws: { error in
            guard case StoreError.cannotOpen(let reported, _) = error else { return false }
            return reported == path && !"\(error)".contains("\n")
        }
    }

    /// Files that are not SQLite databases, by name.
    static let notSQLiteContents: [String: [UInt8]] = [
        "text": Array("PMID- 12345\nTI  - Oxytocin and resilience\n".utf8),
        "random bytes": (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) },
        "short header": Array("SQLite".utf8),
        "header without NUL": Array("SQLite format 3 and then some more text".utf8),
    ]

    @Test(
        "a file that is not SQLite is refused untouched",
        arguments: notSQLiteContents.keys.sorted(), [GraphStore.AccessMode.readOnly, .readWrite])
    func notSQLite(_ sample: String, mode: GraphStore.AccessMode) throws {
        let path = directory.path("input.txt")
        try Data(Self.notSQLiteContents[sample] ?? []).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path, mode, .notSQLite(path: path))
        #expect(
            StoreError.notSQLite(path: path).description
                == "\(path) is not a LitGraph database (not an SQLite file); pass another --db path")
    }

    @Test(
        "another application's SQLite database is refused untouched",
        arguments: [GraphStore.AccessMode.readOnly, .readWrite])
    func foreignDatabase(mode: GraphStore.AccessMode) throws {
        let path = directory.path("other.db")
        try executeRaw("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')", at: path)
        try expectRefusal(path, mode, .foreignDatabase(path: path))
        let withID = directory.path("other-with-id.db")
        try executeRaw("PRAGMA application_id = 1234", at: withID)
        try expectRefusal(withID, mode, .foreignDatabase(path: withID))
        #expect(
            StoreError.foreignDatabase(path: path).description
                == "\(path) is an SQLite database but not a LitGraph one; pass another --db path")
    }

    @Test(
        "a database from a newer LitGraph is refused untouched",
        arguments: [GraphStore.AccessMode.readOnly, .readWrite])
    func newerSchema(mode: GraphStore.AccessMode) throws {
        let path = directory.path("future.sqlite")
        _ = try GraphStore(path: path, mode: .readWrite)
        let newer = Migration.currentVersion + 1
        try executeRaw("PRAGMA user_version = \(newer)", at: path)
        try expectRefusal(path, mode, .newerSchema(path: path, found: newer, supported: Migration.currentVersion))
        #expect(
            StoreError.newerSchema(path: path, found: 7, supported: 1).description
                == "\(path) was written by a newer LitGraph (schema version 7; this build reads up to 1); "
                + "upgrade litgraph"
        )
    }

    @Test("an empty file or empty SQLite database becomes a graph when opened read-write")
    func adoptsEmptyFiles() throws {
        let empty = directory.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(throws: StoreError.missingDatabase(path: empty)) { try GraphStore(path: empty, mode: .readOnly) }
        _ = try GraphStore(path: empty, mode: .readWrite)
        #expect(try queryRaw("PRAGMA user_version", at: empty) == Migration.currentVersion)

        let emptySQLite = directory.path("empty-sqlite.sqlite")
        try executeRaw("PRAGMA page_size = 4096; VACUUM", at: emptySQLite)
        _ = try GraphStore(path: emptySQLite, mode: .readWrite)
        #expect(try queryRaw("PRAGMA application_id", at: emptySQLite) == Int(Migration.applicationID))
    }
}
