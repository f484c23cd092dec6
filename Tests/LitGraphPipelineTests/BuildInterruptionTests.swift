import Foundation
import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// A build asked to stop (``BuildInterruption``, what Ctrl-C makes) rolls back the group open,
/// keeps the groups committed before, says how far it got, and a rerun ends with the database an
/// uninterrupted build writes.
@Suite struct BuildInterruptionTests {
    /// A builder of `jobs` jobs that is interrupted (as by SIGINT) once the writer has taken
    /// `after` documents.
    static func builder(jobs: Int, interruptedAfter after: Int) -> GraphBuilder {
        var builder = InterruptedBuildTests.builder(jobs: jobs)
        let interruption = BuildInterruption()
        builder.interruption = interruption
        builder.progressInterval = .zero
        builder.progress = { progress in
            if progress.documents == after { interruption.interrupt(signal: 2) }
        }
        return builder
    }

    @Test(arguments: [1, 2])
    func anInterruptedBuildKeepsWholeGroupsAndARerunEndsWithTheUninterruptedDatabase(jobs: Int) throws {
        let directory = try TemporaryDirectory()
        let whole = SyntheticCorpus.jsonLines(count: 200, repeatEvery: 1_000)
        let corpus = try directory.write(whole, to: "corpus.jsonl")
        let uninterrupted = directory.path("uninterrupted.sqlite")
        _ = try InterruptedBuildTests.builder(jobs: jobs).build(inputs: [corpus], databasePath: uninterrupted)

        // Stopped after 130 documents: the three groups of 40 stay, the ten of the fourth go.
        let interrupted = directory.path("interrupted.sqlite")
        let error = #expect(throws: BuildInterrupted.self) {
            _ = try Self.builder(jobs: jobs, interruptedAfter: 130).build(inputs: [corpus], databasePath: interrupted)
        }
        #expect(error == BuildInterrupted(signal: 2, documentsRead: 130, documentsStored: 120))
        #expect(error?.exitStatus == 130)
        #expect(
            error?.description
                == "interrupted after 130 documents (120 stored in this run); run the same command again to resume: "
                + "stored documents are skipped")

        // Exactly what a build of the first 120 documents writes.
        let prefix = directory.path("prefix.sqlite")
        let lines = whole.split(separator: "\n", omittingEmptySubsequences: true)
        try directory.write(lines.prefix(120).joined(separator: "\n") + "\n", to: "corpus.jsonl")
        _ = try InterruptedBuildTests.builder(jobs: jobs).build(inputs: [corpus], databasePath: prefix)
        ParallelBuildTests.expectSameTables(try DatabaseDump.rows(of: prefix), try DatabaseDump.rows(of: interrupted))

        try directory.write(whole, to: "corpus.jsonl")
        let rerun = try InterruptedBuildTests.builder(jobs: jobs).build(inputs: [corpus], databasePath: interrupted)
        #expect(rerun.unchanged == 120 && rerun.added == 80 && rerun.annotated == 80)
        ParallelBuildTests.expectSameTables(
            try DatabaseDump.rows(of: uninterrupted), try DatabaseDump.rows(of: interrupted))
    }

    @Test func aRequestMadeBeforeTheBuildStoresNothing() throws {
        let directory = try TemporaryDirectory()
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 50), to: "corpus.jsonl")
        var builder = InterruptedBuildTests.builder(jobs: 2)
        builder.interruption = BuildInterruption()
        builder.interruption?.interrupt(signal: 15)
        builder.interruption?.interrupt(signal: 2)  // only the first request counts
        let database = directory.path("graph.sqlite")
        let error = #expect(throws: BuildInterrupted.self) {
            _ = try builder.build(inputs: [corpus], databasePath: database)
        }
        #expect(error == BuildInterrupted(signal: 15, documentsRead: 0, documentsStored: 0))
        #expect(error?.exitStatus == 143)
        #expect(try GraphStore(path: database, mode: .readOnly).statistics().documents == 0)
    }

    @Test func aBuildFinishedBeforeTheRequestIsNotInterrupted() throws {
        let directory = try TemporaryDirectory()
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 30), to: "corpus.jsonl")
        var builder = InterruptedBuildTests.builder(jobs: 2)
        builder.interruption = BuildInterruption()
        let summary = try builder.build(inputs: [corpus], databasePath: directory.path("graph.sqlite"))
        #expect(summary.documentsRead == 30 && builder.interruption?.signal == nil)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (3_412, "3,412"), (1_234_567, "1,234,567")])
    func countsAreGroupedByThousands(number: Int, text: String) {
        let error = BuildInterrupted(signal: 2, documentsRead: number, documentsStored: 0)
        #expect(error.description.hasPrefix("interrupted after \(text) documents (0 stored"))
    }
}

extension BuildInterruptionTests {
    /// Regression: an identifier repeated within the committed groups made the rerun write the
    /// earlier version over the stored later one and then the later one again, so the rows moved
    /// to the end of their tables and the database differed from the uninterrupted build's.
    @Test(arguments: [1, 2])
    func aRerunAfterRepeatedIdentifiersWereCommittedEndsWithTheUninterruptedDatabase(jobs: Int) throws {
        let directory = try TemporaryDirectory()
        // Documents 50 and 100 repeat the identifiers of 43 and 93 (committed before the cut),
        // 150 that of 143 (after it).
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 200, repeatEvery: 50), to: "corpus.jsonl")
        let uninterrupted = directory.path("uninterrupted.sqlite")
        let whole = try InterruptedBuildTests.builder(jobs: jobs).build(inputs: [corpus], databasePath: uninterrupted)
        #expect(whole.duplicates == 3 && whole.replaced == 3)
        let interrupted = directory.path("interrupted.sqlite")
        #expect(throws: BuildInterrupted.self) {
            _ = try Self.builder(jobs: jobs, interruptedAfter: 130).build(inputs: [corpus], databasePath: interrupted)
        }
        let rerun = try InterruptedBuildTests.builder(jobs: jobs).build(inputs: [corpus], databasePath: interrupted)
        // 43 and 93 are annotated (their stored version is 50's and 100's) but not written.
        #expect([rerun.annotated, rerun.added, rerun.replaced, rerun.unchanged] == [82, 79, 1, 120] as [Int])
        ParallelBuildTests.expectSameTables(
            try DatabaseDump.rows(of: uninterrupted), try DatabaseDump.rows(of: interrupted))
        let again = try InterruptedBuildTests.builder(jobs: jobs).build(inputs: [corpus], databasePath: interrupted)
        #expect(again.added == 0 && again.replaced == 0 && again.unchanged == 200)
        ParallelBuildTests.expectSameTables(
            try DatabaseDump.rows(of: uninterrupted), try DatabaseDump.rows(of: interrupted))
    }
}
