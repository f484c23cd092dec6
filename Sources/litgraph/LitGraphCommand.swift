import ArgumentParser

/// The `litgraph` command: builds, queries and exports biomedical knowledge graphs.
@main
struct LitGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "litgraph",
        abstract: "Build, query and export knowledge graphs from biomedical abstracts.",
        discussion: """
            Read abstracts (plain text, PubMed/MEDLINE XML, .gz), extract directed, signed relations with \
            their evidence, store them in a SQLite graph, and query or export it.
            """,
        subcommands: [
            Build.self, Query.self, Neighbors.self, Path.self, Evidence.self, Search.self, Entities.self,
            Conflicts.self, Stats.self, Check.self, Export.self, Diagram.self, Lexicon.self, Eval.self, Train.self,
        ]
    )
}
