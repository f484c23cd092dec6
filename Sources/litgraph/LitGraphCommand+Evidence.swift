import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph evidence`: the sentences behind the relations between two entities.
    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the sentences behind the relations between two entities, with document ids."
        )

        @Argument(help: ArgumentHelp("The subject entity (name, synonym or identifier).", valueName: "subject"))
        var subject: String

        @Argument(help: ArgumentHelp("The object entity (name, synonym or identifier).", valueName: "object"))
        var object: String

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                Terminal.output(
                    try queries.evidence(subject: subject, object: object).rendered(as: report.resolvedFormat))
            }
        }
    }
}
