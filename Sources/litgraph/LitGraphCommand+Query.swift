import ArgumentParser
import LitGraphModel
import LitGraphPipeline
import LitGraphStore

extension LitGraphCommand {
    /// `litgraph query`: the relations of one entity.
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the relations of an entity, with evidence counts.",
            discussion: "ENTITY is a name, a synonym or an identifier such as MESH:D010121 or NCBIGene:5021."
        )

        @Argument(help: ArgumentHelp("The entity.", valueName: "entity"))
        var entity: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Relations where the entity is the subject (out), the object (in), or either.")
        var direction: EdgeDirection = .both

        @Option(name: .long, help: "Keep one predicate (regulates also keeps its signed forms).")
        var predicate: RelationPredicate?

        @OptionGroup var filter: EdgeFilterOptions
        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                let result = try queries.relations(
                    of: entity, direction: direction, predicate: predicate, filter: filter.filter)
                Terminal.output(result.rendered(as: report.resolvedFormat))
            }
        }
    }
}
