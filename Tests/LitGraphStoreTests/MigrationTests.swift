import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Schema migrations")
struct MigrationTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// A LitGraph database stamped with the application id but still at schema version 0.
    func versionZeroDatabase() throws -> String {
        let path = directory.path("old.sqlite")
        try executeRaw("PRAGMA application_id = \(Migration.applicationID)", at: path)
        return path
    }

    @Test("an older LitGraph database is migrated in place when opened read-write")
    func migratesOlderDatabase() throws {
        let path = try versionZeroDatabase()
        let store = try GraphStore(path: path, mode: .readWrite)
        #expect(try store.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        #expect(try store.connection.scalarInt("SELECT count(*) FROM litgraph_migrations") == Migration.all.count)
        #expect(try store.write([Fixtures.first()]).added == 1)
    }

    @Test("a read-only open migrates a writable older database too; version 0 holds nothing to back up")
    func readOnlyMigratesWritableFile() throws {
        let path = try versionZeroDatabase()
        var upgrades: [SchemaUpgrade] = []
        let store = try GraphStore(path: path, mode: .readOnly) { upgrades.append($0) }
        #expect(upgrades.isEmpty)
        #expect(try store.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        #expect(!FileManager.default.fileExists(atPath: path + ".v0.bak"))
        #expect(throws: StoreError.readOnly(path: path)) { try store.write([Fixtures.first()]) }
    }

    @Test("pending migrations are applied once, in order, and recorded with their names")
    func bookkeeping() throws {
        let path = directory.path("graph.sqlite")
        _ = try GraphStore(path: path, mode: .readWrite)
        let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
        let next = Migration.currentVersion + 1
        let addNotes = Migration(version: next, name: "add-notes", sql: "CREATE TABLE notes (body TEXT NOT NULL)")
        let addTags = Migration(version: next + 1, name: "add-tags", sql: "CREATE TABLE tags (name TEXT NOT NULL)")
        let migrator = Migrator(migrations: Migration.all + [addNotes, addTags])
        #expect(try migrator.migrate(connection) == ["add-notes", "add-tags"])
        #expect(try migrator.migrate(connection) == [])
        #expect(try connection.scalarInt("PRAGMA user_version") == next + 1)
        let recorded = try connection.cachedStatement("SELECT version, name FROM litgraph_migrations ORDER BY version")
            .rows { "\($0.int(at: 0)) \($0.text(at: 1))" }
        let known = Migration.all.map { "\($0.version) \($0.name)" }
        #expect(recorded == known + ["\(next) add-notes", "\(next + 1) add-tags"])
        #expect(try connection.scalarInt("SELECT count(*) FROM notes") == 0)
    }

    @Test("a failing migration rolls back entirely and leaves the version unchanged")
    func failingMigrationRollsBack() throws {
        let path = directory.path("graph.sqlite")
        _ = try GraphStore(path: path, mode: .readWrite)
        let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
        let next = Migration.currentVersion + 1
        let good = Migration(version: next, name: "add-notes", sql: "CREATE TABLE notes (body TEXT)")
        let bad = Migration(version: next + 1, name: "broken", sql: "CREATE TABLE notes (body TEXT)")
        #expect(throws: SQLiteError.self) { try Migrator(migrations: Migration.all + [good, bad]).migrate(connection) }
        #expect(try connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        #expect(try connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'") == 0)
    }
}
