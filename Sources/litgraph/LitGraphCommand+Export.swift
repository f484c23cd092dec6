import ArgumentParser
import Foundation
import LitGraphExport
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph export`: the whole graph as Graphviz DOT or networkx node-link JSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph as Graphviz DOT or networkx node-link JSON, or the documents as PubTator."
        )

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Export format.")
        var format: ExportFormat

        @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or - for standard output.", valueName: "file"))
        var output: String = "-"

        @OptionGroup var filter: EdgeFilterOptions

        func run() throws {
            try reportingFailures {
                let text = try DatabaseExport.render(format, databasePath: database.db, filter: filter.filter)
                if output == "-" {
                    Terminal.output(text)
                } else {
                    try GraphExports.write(Data(text.utf8), to: URL(fileURLWithPath: output))
                }
            }
        }
    }
}
