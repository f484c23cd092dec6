import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph conflicts`: pairs stated with opposite polarities, or stated and negated.
    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entity pairs whose evidence disagrees, with the sentences on both sides.",
            discussion: """
                A pair conflicts when sentences state that the subject increases the object and others that \
                it decreases it (opposite-polarity), or when sentences state a relation and others deny it \
                (stated-and-negated). One row per sentence, numbered by conflict.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                report.write(try queries.conflicts())
            }
        }
    }
}
