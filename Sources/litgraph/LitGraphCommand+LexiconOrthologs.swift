import ArgumentParser
import Foundation
import LitGraphExtraction
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph lexicon orthologs`: learns the rodent-gene table from annotated training corpora.
    struct LexiconOrthologs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "orthologs",
            abstract: "Learn which mouse and rat genes the human gene names denote, from annotated corpora.",
            discussion: """
                Give training splits only (BioRED Train.PubTator grounds rodent genes to their own NCBI Gene \
                identifiers). The same inputs and lexicon always give the same bytes; commit the output as \
                Sources/LitGraphExtraction/Resources/orthologs.tsv.
                """
        )

        @Option(
            name: .customLong("gold"), parsing: .upToNextOption,
            help: ArgumentHelp("Annotated training files (PubTator or BioC).", valueName: "file"))
        var goldPaths: [String]
        @Option(name: .shortAndLong, help: "The table to write.")
        var output: String

        func run() throws {
            try reportingFailures {
                let training = OrthologTraining(goldPaths: goldPaths, lexicon: try LitGraphExtraction.Lexicon.builtIn())
                let (table, documents) = try training.run()
                let names = goldPaths.map { URL(filePath: $0).lastPathComponent }.joined(separator: ", ")
                let text = table.tsv(comment: [
                    "LitGraph rodent genes for human genes, learned by `litgraph lexicon orthologs` from \(names).",
                    "A human gene named in a mouse or rat document is grounded to ortholog_id; support counts mentions.",
                ])
                try GraphExports.write(Data(text.utf8), to: URL(filePath: output))
                Terminal.note("\(output): \(table.entries.count) genes from \(documents) documents")
            }
        }
    }
}
