import ArgumentParser

/// The `litgraph` command: builds, queries and exports biomedical knowledge graphs.
@main
struct LitGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "litgraph",
        abstract: "Build, query and export knowledge graphs from biomedical abstracts."
    )
}
