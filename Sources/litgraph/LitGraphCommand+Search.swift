import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph search`: full-text search over the evidence sentences.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the stored sentences (SQLite FTS5), with the relations read in each.",
            discussion: """
                TEXT is an FTS5 query: words (all must match), "exact phrases", OR, NOT, NEAR(a b, 5), prefix*, \
                parentheses; words match without regard to case or accents, and stemmed ("receptors" finds \
                "receptor"). Quote words holding - or other punctuation ('"IL-6"'), or pass --literal. Results \
                are ranked by BM25; tables mark the hits [like this] (or colour them), tsv, csv, json and jsonl \
                add the whole sentence and the hits' offsets (code points, start:end).
                """
        )

        @Argument(help: ArgumentHelp("The full-text query.", valueName: "text"))
        var text: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("Print at most N sentences, the best first.", valueName: "n"))
        var limit = 20

        @Flag(help: "Search for the words as written, not FTS5 syntax.")
        var literal = false

        @OptionGroup var report: ReportOptions
        @OptionGroup var exitStatus: ExitStatusOptions

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1 (got \(limit)).") }
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw ValidationError("TEXT is empty; pass the words to search for.")
            }
        }

        func run() throws {
            try reportingFailures {
                let result = try GraphQueries(databasePath: database.db).search(text, limit: limit, literal: literal)
                report.write(result)
                try exitStatus.check(result)
            }
        }
    }
}
