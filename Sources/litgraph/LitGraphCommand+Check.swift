import ArgumentParser
import LitGraphPipeline
import LitGraphStore

extension LitGraphCommand {
    /// `litgraph check`: SQLite's integrity checks and LitGraph's own invariants.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a graph database: SQLite's integrity and foreign keys, and LitGraph's invariants.",
            discussion: """
                Prints one row per invariant (ok, violated or skipped, how many rows break it and a few of \
                them) and exits with 65 when any is violated. Changes nothing: an older schema is reported, \
                not upgraded.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                let result = try IntegrityReport.checking(databasePath: database.db)
                report.write(result.report)
                if let summary = result.violationSummary {
                    Terminal.note("litgraph: \(summary)")
                    throw ExitCode(65)
                }
            }
        }
    }
}
