import ArgumentParser
import LitGraphPipeline
import LitGraphStore

extension LitGraphCommand {
    /// `litgraph path`: the best chains of relations from one entity to another.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the best chains of relations from one entity to another, with their sign and evidence.",
            discussion: """
                Paths are simple (no entity twice) and follow relations in their direction; interacts_with and \
                associated_with read both ways, and --undirected lets every relation be followed backwards \
                too (direction column: backward). A path's score is the product of its steps' beliefs — the \
                same ranking as the shortest path when each step costs -log(belief) — so a chain is as \
                credible as all its steps together; relations only denied (belief 0) are never followed. \
                Equal scores are ordered by fewer steps, then by the steps' identifiers. chain_sign is the \
                product of the steps' polarities: positive, negative, or unsigned when any step is unsigned. \
                One row per step, with the step's evidence count, PubMed ids and best sentence. Filters \
                apply to every step; --partner-type keeps steps that reach an entity of that category.
                """
        )

        @Argument(help: ArgumentHelp("The entity the paths start from.", valueName: "from"))
        var from: String

        @Argument(help: ArgumentHelp("The entity the paths lead to.", valueName: "to"))
        var to: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("The most steps a path may have (1 to 8).", valueName: "k"))
        var maxHops = 4

        @Option(name: .long, help: ArgumentHelp("How many paths to print, the best first (1 to 100).", valueName: "n"))
        var paths = 5

        @Flag(help: "Also follow relations from their object to their subject.")
        var undirected = false

        @OptionGroup var filter: EdgeFilterOptions
        @OptionGroup var report: ReportOptions
        @OptionGroup var exitStatus: ExitStatusOptions

        func validate() throws {
            guard (1...8).contains(maxHops) else {
                throw ValidationError("--max-hops must be 1 to 8 (got \(maxHops)).")
            }
            guard (1...100).contains(paths) else { throw ValidationError("--paths must be 1 to 100 (got \(paths)).") }
        }

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                let query = PathQuery(
                    maximumHops: maxHops, count: paths, followsEdgesBackwards: undirected, filter: filter.filter)
                let result = try queries.paths(from: from, to: to, query: query)
                report.write(result)
                if result.isEmpty, !undirected, Terminal.isStandardErrorATerminal,
                    try queries.pathExistsUndirected(from: from, to: to, query: query)
                {
                    Terminal.note("litgraph: no path along the relations' direction; --undirected finds one")
                }
                try exitStatus.check(result)
            }
        }
    }
}
