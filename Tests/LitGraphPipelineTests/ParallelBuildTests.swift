import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// `build --jobs N`: the same database, every table row for row, whatever N.
@Suite struct ParallelBuildTests {
    /// Builds `inputs` into a fresh database with `jobs` annotating threads; returns its dump.
    static func dump(
        building inputs: [String], jobs: Int, in directory: TemporaryDirectory, capacity: Int? = nil
    ) throws -> (summary: BuildSummary, rows: [String: [String]]) {
        var builder = BuildTests.builder
        builder.jobs = jobs
        builder.queueCapacity = capacity
        builder.batchSize = 16
        let database = directory.path("jobs-\(jobs)-\(UUID().uuidString).sqlite")
        let summary = try builder.build(inputs: inputs, databasePath: database)
        return (summary, try DatabaseDump.rows(of: database))
    }

    static func expectSameTables(_ left: [String: [String]], _ right: [String: [String]]) {
        #expect(left.keys.sorted() == right.keys.sorted())
        for (table, rows) in left {
            let other = right[table] ?? []
            #expect(rows.count == other.count, "\(table)")
            if let index = rows.indices.first(where: { $0 < other.count && rows[$0] != other[$0] }) {
                Issue.record("\(table) row \(index): \(rows[index]) ≠ \(other[index])")
            }
        }
    }

    @Test func oneJobAndTwoJobsWriteTheSameRows() throws {
        let directory = try TemporaryDirectory()
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 300), to: "corpus.jsonl")
        let one = try Self.dump(building: [corpus, BuildTests.example], jobs: 1, in: directory)
        let two = try Self.dump(building: [corpus, BuildTests.example], jobs: 2, in: directory, capacity: 3)
        #expect(one.summary.documentsRead == 301 && one.summary.duplicates == 5)
        #expect(two.summary.added == one.summary.added && two.summary.replaced == one.summary.replaced)
        #expect((one.rows["evidence"] ?? []).count > 300)
        Self.expectSameTables(one.rows, two.rows)
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func annotatedCorporaGiveTheSameRowsWithOneAndThreeJobs() throws {
        let directory = try TemporaryDirectory()
        let inputs = [
            PackagePaths.shared("corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt").path,
            PackagePaths.shared("corpora/biored/Dev.BioC.XML").path,
        ]
        let one = try Self.dump(building: inputs, jobs: 1, in: directory)
        let three = try Self.dump(building: inputs, jobs: 3, in: directory)
        #expect(one.summary.documentsRead >= 600)
        Self.expectSameTables(one.rows, three.rows)
    }
}
