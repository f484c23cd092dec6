import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph evidence`: the sentences behind the relations between two entities.
    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the sentences behind the relations between two entities, with document ids.",
            discussion: """
                Relations in either direction are shown, one row per sentence, with a PubMed link when the \
                document id is a PMID. Tables mark the arguments [like this] and the trigger {like this} (or \
                colour them); tsv, csv, json and jsonl give the sentence unmarked with the offsets as columns \
                (code points into the sentence, 0-based, end-exclusive).
                """
        )

        @Argument(help: ArgumentHelp("The subject entity (name, synonym or identifier).", valueName: "subject"))
        var subject: String

        @Argument(help: ArgumentHelp("The object entity (name, synonym or identifier).", valueName: "object"))
        var object: String

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var filter: EdgeFilterOptions
        @OptionGroup var report: ReportOptions
        @OptionGroup var exitStatus: ExitStatusOptions

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                let result = try queries.evidence(subject: subject, object: object, filter: filter.filter)
                report.write(result)
                try exitStatus.check(result)
            }
        }
    }
}
