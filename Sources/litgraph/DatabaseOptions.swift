import ArgumentParser

/// The `--db` option shared by every command that reads a graph.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph database file.", valueName: "file"))
    var db: String
}
