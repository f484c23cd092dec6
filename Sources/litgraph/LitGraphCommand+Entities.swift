import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph entities`: find entities by name, synonym or identifier.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find entities whose name, synonym or identifier contains TEXT, with their degree.",
            discussion: """
                Matching ignores case. Synonyms are the surface forms seen in the documents and those of \
                imported vocabularies. Sorted by degree (relations touching the entity), highest first; the \
                matched column shows what matched.
                """
        )

        @Argument(help: ArgumentHelp("Part of a name, synonym or identifier.", valueName: "text"))
        var text: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("Print at most N entities, the highest degree first.", valueName: "n"))
        var limit = 50

        @OptionGroup var report: ReportOptions
        @OptionGroup var exitStatus: ExitStatusOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1 (got \(limit)).") }
        }

        func run() throws {
            try reportingFailures {
                let result = try GraphQueries(databasePath: database.db).entities(matching: text, limit: limit)
                report.write(result)
                try exitStatus.check(result)
            }
        }
    }
}
