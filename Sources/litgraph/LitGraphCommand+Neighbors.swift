import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph neighbors`: the relations within some hops of one entity.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the relations within N hops of an entity, nearest first.",
            discussion: """
                ENTITY is a name, a synonym or an identifier, as for `query`. The walk follows relations in \
                either direction over the relations the filters keep; a relation's distance is its farther \
                end's distance from the entity (1 also for relations between two partners). Rows: nearest first, then highest belief, then most evidence. \
                `export --around ENTITY --hops N` writes the same subgraph in any export format.
                """
        )

        @Argument(help: ArgumentHelp("The entity.", valueName: "entity"))
        var entity: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: ArgumentHelp("How many relations to walk from the entity.", valueName: "n"))
        var hops = 1

        @OptionGroup var filter: EdgeFilterOptions
        @OptionGroup var report: ReportOptions
        @OptionGroup var exitStatus: ExitStatusOptions

        func validate() throws {
            guard (1...10).contains(hops) else { throw ValidationError("--hops must be from 1 to 10 (got \(hops)).") }
        }

        func run() throws {
            try reportingFailures {
                let queries = try GraphQueries(databasePath: database.db)
                let result = try queries.neighbors(of: entity, hops: hops, filter: filter.filter)
                report.write(result)
                try exitStatus.check(result)
            }
        }
    }
}
