import Foundation
import LitGraphPipeline
import LitGraphTestSupport
import Testing

/// Progress reports while building: counts that only grow, no more often than the interval asks.
@Suite struct BuildProgressReportTests {
    /// The reports received, from the building thread.
    final class Reports: @unchecked Sendable {
        // @unchecked Sendable: `all` is read and written only with `lock` held.
        private let lock = NSLock()
        private var all: [BuildProgress] = []

        func append(_ report: BuildProgress) {
            lock.withLock { all.append(report) }
        }

        var received: [BuildProgress] { lock.withLock { all } }
    }

    @Test func reportsAreThrottledAndGrow() throws {
        let directory = try TemporaryDirectory()
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 200), to: "corpus.jsonl")
        let reports = Reports()
        var builder = BuildTests.builder
        builder.progressInterval = .milliseconds(50)
        builder.progress = { reports.append($0) }
        let summary = try builder.build(inputs: [corpus], databasePath: directory.path("g.sqlite"))
        let received = reports.received
        #expect(!received.isEmpty, "a debug build of 200 documents takes longer than 50 ms")
        #expect(received.count <= Int(summary.seconds / 0.05) + 1)
        for (earlier, later) in zip(received, received.dropFirst()) {
            #expect(later.documents >= earlier.documents && later.annotated >= earlier.annotated)
            #expect(later.seconds - earlier.seconds >= 0.049)
        }
        #expect((received.last?.documents ?? 0) <= 200)
        #expect(received.last?.line.hasSuffix(" documents/s") == true)
        #expect(
            BuildProgress(documents: 500, annotated: 20, seconds: 0.25).line
                == "500 documents (20 annotated), 2000 documents/s")
    }
}
