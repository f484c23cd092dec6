import Foundation
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Long files are committed in groups: a build that stops part-way keeps whole groups, and
/// rerunning it ends with exactly the database an uninterrupted build writes.
@Suite struct InterruptedBuildTests {
    static func builder(jobs: Int) -> GraphBuilder {
        var builder = BuildTests.builder
        builder.jobs = jobs
        builder.commitInterval = 40
        builder.batchSize = 16
        return builder
    }

    @Test(arguments: [1, 2])
    func aRerunAfterAFailurePartWayEndsWithTheUninterruptedDatabase(jobs: Int) throws {
        let directory = try TemporaryDirectory()
        // One identifier repeats, after the failure: a repeat before it would be rewritten by the
        // rerun (its earlier version differs from the stored one), moving its rows to the end.
        let whole = SyntheticCorpus.jsonLines(count: 200, repeatEvery: 150)
        let corpus = try directory.write(whole, to: "corpus.jsonl")
        let uninterrupted = directory.path("uninterrupted.sqlite")
        _ = try Self.builder(jobs: jobs).build(inputs: [corpus], databasePath: uninterrupted)

        // The same file cut by a bad line 135: the groups of 40 before it stay, the rest of the fourth goes.
        let resumed = directory.path("resumed.sqlite")
        var lines = whole.split(separator: "\n").map(String.init)
        lines[134] = "{ not json"
        try directory.write(lines.joined(separator: "\n") + "\n", to: "corpus.jsonl")
        #expect(throws: ReadError.self) {
            _ = try Self.builder(jobs: jobs).build(inputs: [corpus], databasePath: resumed)
        }
        #expect(try GraphStore(path: resumed, mode: .readOnly).statistics().documents == 120)

        try directory.write(whole, to: "corpus.jsonl")
        let rerun = try Self.builder(jobs: jobs).build(inputs: [corpus], databasePath: resumed)
        #expect(rerun.unchanged == 120 && rerun.added == 79 && rerun.replaced == 1 && rerun.annotated == 80)
        ParallelBuildTests.expectSameTables(
            try DatabaseDump.rows(of: uninterrupted), try DatabaseDump.rows(of: resumed))
    }

    @Test func aShortFileThatFailsLeavesNothingOfItself() throws {
        let directory = try TemporaryDirectory()
        var lines = SyntheticCorpus.jsonLines(count: 30).split(separator: "\n").map(String.init)
        lines[25] = "{ not json"
        let broken = try directory.write(lines.joined(separator: "\n") + "\n", to: "broken.jsonl")
        let database = directory.path("graph.sqlite")
        _ = try Self.builder(jobs: 2).build(inputs: [BuildTests.example], databasePath: database)
        #expect(throws: ReadError.self) {
            _ = try Self.builder(jobs: 2).build(inputs: [broken], databasePath: database)
        }
        #expect(try GraphStore(path: database, mode: .readOnly).statistics().documents == 1)
    }
}
