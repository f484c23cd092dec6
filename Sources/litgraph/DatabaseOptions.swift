import ArgumentParser
import LitGraphPipeline

/// The `--db` option shared by every command that reads a graph.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph database file.", valueName: "file"))
    var db: String
}

/// The `--format` option of commands that print a report.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Output format: table (default on a terminal), tsv (default when piped) or json."
    )
    var format: ReportFormat?

    /// The format asked for, or the default for where standard output goes.
    var resolvedFormat: ReportFormat {
        format ?? (Terminal.isStandardOutputATerminal ? .table : .tsv)
    }
}
