import Foundation
import LitGraphPipeline
import LitGraphTestSupport
import Testing

@testable import LitGraphStore

/// A build into an empty graph sorts the indexes only queries read once at its end: it ends with
/// the same indexes and the same rows as a build that kept them up to date all along.
@Suite struct DeferredIndexBuildTests {
    /// Name and creating statement of every index of the database at `path`.
    static func indexes(at path: String) throws -> [String] {
        let store = try GraphStore(path: path, mode: .readOnly)
        return try Statement(
            sql: "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql NOT NULL ORDER BY name",
            connection: store.connection.handle
        ).rows { $0.text(at: 0) }
    }

    @Test func aBuildIntoAnEmptyGraphEndsAsOneThatKeptItsIndexes() throws {
        let directory = try TemporaryDirectory()
        // Repeated identifiers: later versions replace earlier ones while the indexes are deferred.
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 200), to: "corpus.jsonl")
        var builder = BuildTests.builder
        builder.batchSize = 16

        let deferred = directory.path("deferred.sqlite")
        _ = try builder.build(inputs: [BuildTests.example, corpus], databasePath: deferred)

        // The example first: the corpus then goes into a graph that is not empty, indexes kept.
        let kept = directory.path("kept.sqlite")
        _ = try builder.build(inputs: [BuildTests.example], databasePath: kept)
        _ = try builder.build(inputs: [corpus], databasePath: kept)

        let fresh = directory.path("fresh.sqlite")
        _ = try GraphStore(path: fresh, mode: .readWrite)
        #expect(try Self.indexes(at: deferred) == Self.indexes(at: fresh))
        #expect(try Self.indexes(at: kept) == Self.indexes(at: fresh))
        ParallelBuildTests.expectSameTables(try DatabaseDump.rows(of: deferred), try DatabaseDump.rows(of: kept))
    }
}
