import ArgumentParser
import Foundation
import LitGraphPipeline

/// `--format`, `--no-header` and `--color`, shared by every command that prints a report.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            Output format: table (default on a terminal), tsv (default when piped, with a header), csv \
            (RFC 4180), json (an array of objects) or jsonl (one object per line).
            """
    )
    var format: ReportFormat?

    @Flag(name: .long, help: "The same as --format json.")
    var json = false

    @Flag(name: .long, help: "Leave out the header row of table, tsv and csv output.")
    var noHeader = false

    @Option(
        name: .long,
        help: """
            Colour in table output: auto (only on a terminal, without NO_COLOR set and with TERM not dumb), \
            always or never.
            """
    )
    var color: ColorMode = .auto

    func validate() throws {
        if json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) disagree; pass one of them.")
        }
    }

    /// The format asked for, or the default for where standard output goes.
    var resolvedFormat: ReportFormat {
        format ?? (json ? .json : Terminal.isStandardOutputATerminal ? .table : .tsv)
    }

    /// The header and colour choices, with `auto` colour decided from the terminal and environment.
    var style: ReportStyle {
        ReportStyle(
            includesHeader: !noHeader,
            usesColor: color.usesColor(
                isTerminal: Terminal.isStandardOutputATerminal, environment: ProcessInfo.processInfo.environment))
    }

    /// Prints `report` in the chosen format and style.
    func write(_ report: Report) {
        Terminal.output(report.rendered(as: resolvedFormat, style: style))
    }
}
