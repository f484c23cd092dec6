import ArgumentParser
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph diagram`: a focused mechanism diagram, as DOT, SVG, PNG or PDF.
    struct Diagram: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the neighbourhood of an entity, or the best paths between two, as a mechanism diagram.",
            discussion: """
                Give either ENTITY or --path FROM TO. Around ENTITY: the relations within --hops of it, ranked \
                by distance from it, then belief, then evidence count, and cut to the best --max-edges (a note \
                on stderr says how many were left out); what is kept stays connected to ENTITY. With --path: \
                the steps of the best --paths paths of at most --max-hops steps, found as `litgraph path` \
                finds them. Filters apply to every relation. Nothing to draw (no relation, no path) exits 1.

                The format follows the extension of -o: .dot writes DOT and needs no Graphviz; .svg (with \
                tooltips listing the PMIDs and PubMed links on the edges), .png and .pdf are rendered by \
                Graphviz's dot, exit 69 when it is missing. Shapes show the category, arrowheads the sign, \
                width the evidence; the entity, or FROM and TO, has a bold border. Diagrams of more than 150 \
                nodes, or more than 150 edges and 1.5 per node, are laid out with sfdp instead of dot (which \
                may take minutes on them), with a note on stderr.
                """
        )

        @Argument(help: ArgumentHelp("The entity to draw around (or use --path).", valueName: "entity"))
        var entity: String?

        @OptionGroup var database: DatabaseOptions

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The diagram file: NAME.dot, NAME.svg, NAME.png or NAME.pdf.", valueName: "path"))
        var output: String

        @Option(
            name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Draw the best paths from one entity to another instead.", valueName: "from> <to"))
        var path: [String] = []

        @Option(name: .long, help: ArgumentHelp("Around ENTITY: how many edges to walk (default 2).", valueName: "n"))
        var hops: Int?

        @Option(
            name: .long, help: ArgumentHelp("Around ENTITY: the most relations drawn (default 60).", valueName: "n"))
        var maxEdges: Int?

        @Option(
            name: .long,
            help: ArgumentHelp("With --path: the most steps a path may have (1 to 8, default 4).", valueName: "k"))
        var maxHops: Int?

        @Option(
            name: .long,
            help: ArgumentHelp("With --path: how many paths to draw (1 to 100, default 5).", valueName: "n"))
        var paths: Int?

        @Flag(help: "With --path: also follow relations from their object to their subject.")
        var undirected = false

        @OptionGroup var filter: EdgeFilterOptions

        func validate() throws {
            guard DiagramFormat(path: output) != nil else {
                throw ValidationError(
                    "cannot tell the format of -o \(output); name it with one of \(DiagramFormat.acceptedExtensions).")
            }
            guard (entity == nil) != path.isEmpty else {
                throw ValidationError("Give either ENTITY or --path FROM TO (exactly one of them).")
            }
            if path.isEmpty {
                try validateNeighbourhood()
            } else {
                try validatePaths()
            }
        }

        private func validateNeighbourhood() throws {
            if maxHops != nil || paths != nil || undirected {
                throw ValidationError("--max-hops, --paths and --undirected apply with --path FROM TO.")
            }
            if let hops, hops < 0 { throw ValidationError("--hops must be 0 or more (got \(hops)).") }
            if let maxEdges, maxEdges < 1 { throw ValidationError("--max-edges must be 1 or more (got \(maxEdges)).") }
        }

        private func validatePaths() throws {
            guard path.count == 2 else {
                throw ValidationError("--path takes two entities, FROM and TO (got \(path.count)).")
            }
            if hops != nil || maxEdges != nil { throw ValidationError("--hops and --max-edges apply around ENTITY.") }
            if let maxHops, !(1...8).contains(maxHops) {
                throw ValidationError("--max-hops must be 1 to 8 (got \(maxHops)).")
            }
            if let paths, !(1...100).contains(paths) {
                throw ValidationError("--paths must be 1 to 100 (got \(paths)).")
            }
        }

        /// What the options ask to draw.
        var subject: DiagramSubject {
            guard let entity else {
                return .paths(
                    from: path[0], to: path[1], maximumHops: maxHops ?? DiagramSubject.defaultMaximumHops,
                    count: paths ?? DiagramSubject.defaultPathCount, undirected: undirected)
            }
            return .neighbourhood(
                entity: entity, hops: hops ?? DiagramSubject.defaultHops,
                maximumEdges: maxEdges ?? DiagramSubject.defaultMaximumEdges)
        }

        func run() throws {
            try reportingFailures {
                let notes = try GraphDiagram.draw(
                    subject, databasePath: database.db, filter: filter.filter, to: output)
                notes.forEach(Terminal.note)
            }
        }
    }
}
