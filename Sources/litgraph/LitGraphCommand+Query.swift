import ArgumentParser
import LitGraphModel
import LitGraphPipeline
import LitGraphStore

extension LitGraphCommand {
    /// `litgraph query`: the relations of one entity.
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the relations of an entity, with evidence counts and belief.",
            discussion: """
                ENTITY is a name, a synonym or an identifier such as MESH:D010121 or NCBIGene:5021; a name \
                several entities share lists them instead. Evidence filters (--since, --until, hedged and \
                negated sentences in or out) apply first; counts, belief and years are computed over the \
                sentences kept, then relations are kept by --min-evidence, --min-belief, --polarity and \
                --partner-type.
                """
        )

        @Argument(help: ArgumentHelp("The entity.", valueName: "entity"))
        var entity: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Relations where the entity is the subject (out), the object (in), or either.")
        var direction: EdgeDirection = .both

        @Option(name: .long, help: "Keep one predicate (regulates also keeps its signed forms).")
        var predicate: RelationPredicate?

        @OptionGroup var filter: EdgeFilterOptions

        @Option(name: .long, help: "Order: most evidence sentences first, or highest belief first.")
        var sort: EdgeOrder = .evidence

        @Option(
            name: .long, help: ArgumentHelp("Print at most N relations, the first in --sort order.", valueName: "n"))
        var limit: Int?

        @OptionGroup var report: ReportOptions
        @OptionGroup var exitStatus: ExitStatusOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1 (got \(limit)).") }
        }

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                let result = try queries.relations(
                    of: entity, direction: direction, predicate: predicate, filter: filter.filter, order: sort,
                    limit: limit)
                report.write(result)
                try exitStatus.check(result)
            }
        }
    }
}
