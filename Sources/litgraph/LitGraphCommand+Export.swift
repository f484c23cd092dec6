import ArgumentParser
import Foundation
import LitGraphExport
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph export`: the graph, or an entity's neighbourhood, in a graph file format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph (or the neighbourhood of an entity) for Graphviz, networkx, Cytoscape, "
                + "Gephi, KGX or Neo4j, or the documents as PubTator.",
            discussion: """
                Formats: dot (Graphviz), json (networkx node-link, with both "edges" and "links"), cyjs \
                (Cytoscape.js / Cytoscape desktop, readable by networkx.cytoscape_graph), graphml (Gephi, \
                Cytoscape, yEd, networkx; lists joined with |), sif (source<TAB>interaction<TAB>target, \
                nodes named by identifier; tabs and line breaks in an identifier become spaces), pubtator \
                (every stored document with its mentions and relations).

                Three formats write several files into the folder given with -o DIR (created if missing). \
                kgx: DIR/NAME_nodes.tsv and DIR/NAME_edges.tsv, KGX TSV with Biolink 4.4.6 terms, named as \
                `kgx transform` names them (NAME is the database file's name without its extension). \
                kgx-jsonl: DIR/NAME_nodes.jsonl and DIR/NAME_edges.jsonl, the same as KGX JSON Lines. \
                neo4j: DIR/nodes.csv, DIR/relationships.csv and DIR/import.sh, for `neo4j-admin database \
                import full` (arrays separated by |, fields may span lines); the command is printed.

                Every graph format honours the same filters as query. --around ENTITY --hops N limits the \
                export to the entities within N edges of ENTITY (either direction) and the edges between \
                them; ENTITY is a name, a synonym or an identifier, as for query.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Export format.")
        var format: ExportFormat

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "Output file, or - for standard output (the default); a folder for kgx, kgx-jsonl and neo4j.",
                valueName: "path")
        )
        var output: String?

        @Option(name: .long, help: ArgumentHelp("Export only the neighbourhood of this entity.", valueName: "entity"))
        var around: String?

        @Option(name: .long, help: ArgumentHelp("With --around: how many edges to walk (default 1).", valueName: "n"))
        var hops: Int?

        @OptionGroup var filter: EdgeFilterOptions

        func validate() throws {
            if let hops, around == nil {
                throw ValidationError("--hops \(hops) needs --around ENTITY.")
            }
            if let hops, hops < 0 {
                throw ValidationError("--hops must be 0 or more (got \(hops)).")
            }
            if around != nil, format.isDocumentFormat {
                throw ValidationError(
                    "--around applies to graph formats; --format \(format.rawValue) writes documents.")
            }
        }

        func run() throws {
            let destination = output ?? "-"
            if format.isMultiFile, destination == "-" {
                Terminal.note(
                    "litgraph: --format \(format.rawValue) writes several files; pass -o DIR, the folder to write them into"
                )
                throw ExitCode.validationFailure
            }
            try reportingFailures {
                let neighbourhood = around.map { Neighbourhood(entity: $0, hops: hops ?? 1) }
                let exported = try DatabaseExport.export(
                    format, databasePath: database.db, filter: filter.filter, around: neighbourhood)
                if format.isMultiFile {
                    _ = try exported.write(into: URL(fileURLWithPath: destination, isDirectory: true))
                    Terminal.note(exported.summary(destination: destination))
                    exported.notes(directory: destination).forEach(Terminal.note)
                } else if destination == "-" {
                    Terminal.output(exported.text)
                } else {
                    try GraphExports.write(Data(exported.text.utf8), to: URL(fileURLWithPath: destination))
                    Terminal.note(exported.summary(destination: destination))
                }
            }
        }
    }
}
