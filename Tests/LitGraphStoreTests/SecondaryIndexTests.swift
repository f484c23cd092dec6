import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// A build into an empty graph leaves the indexes only queries and replacements read until it ends:
/// they come back exactly as the migration created them, whether the build ends, a replacement
/// needs them first, or the next writable open finds them missing after a crash.
@Suite("Secondary indexes deferred during a build")
struct SecondaryIndexTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
    }

    /// Name and creating statement of every index of the schema, SQLite's own left out.
    static func indexes(of store: GraphStore) throws -> [String] {
        try store.connection.cachedStatement(
            "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql NOT NULL ORDER BY name"
        ).rows { $0.text(at: 0) }
    }

    @Test("deferred indexes are dropped and come back as the migration created them")
    func deferAndRestore() throws {
        let created = try Self.indexes(of: store)
        #expect(created.count == GraphStore.secondaryIndexes.count)
        #expect(try store.isEmpty())
        try store.deferSecondaryIndexes()
        #expect(try Self.indexes(of: store).isEmpty)
        try store.write([Fixtures.first(), Fixtures.second()])
        #expect(try !store.isEmpty())
        try store.restoreSecondaryIndexes()
        #expect(try Self.indexes(of: store) == created)
        #expect(try store.connection.scalarInt("PRAGMA cache_size") == -32_768)
        try expectConsistent(store)
    }

    @Test("replacing a document while they are deferred restores them first")
    func replacementRestores() throws {
        let created = try Self.indexes(of: store)
        try store.deferSecondaryIndexes()
        try store.write([Fixtures.second()])
        #expect(try Self.indexes(of: store).isEmpty)
        var changed = Fixtures.second()
        changed.sentences.removeLast()
        changed.relations.removeAll { $0.evidence.sentenceIndex == changed.sentences.count }
        try store.bulkTransaction { try store.write([changed]) }
        #expect(try Self.indexes(of: store) == created)
        try expectConsistent(store)
    }

    @Test("a build that stopped before restoring them gets them back at the next writable open")
    func reopeningRestores() throws {
        let path = directory.path("stopped.sqlite")
        let created: [String]
        do {
            let building = try GraphStore(path: path, mode: .readWrite)
            created = try Self.indexes(of: building)
            try building.deferSecondaryIndexes()
            try building.write([Fixtures.first()])
        }
        // Read-only: still answers, without them.
        let reading = try GraphStore(path: path, mode: .readOnly)
        #expect(try Self.indexes(of: reading).isEmpty)
        #expect(try reading.statistics().documents == 1)
        let reopened = try GraphStore(path: path, mode: .readWrite)
        #expect(try Self.indexes(of: reopened) == created)
        try expectConsistent(reopened)
    }
}
