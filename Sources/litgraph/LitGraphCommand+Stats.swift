import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph stats`: row counts of a graph database.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the documents, sentences, entities, relations and evidence in a graph."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                report.write(try GraphQueries(databasePath: database.db).statistics())
            }
        }
    }
}
