import ArgumentParser
import Foundation
import LitGraphExtraction
import LitGraphPipeline

extension LitGraphCommand {
    /// `litgraph train`: the trained components.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train LitGraph's learned components from annotated corpora.",
            subcommands: [Relations.self]
        )
    }
}

extension LitGraphCommand.Train {
    /// `litgraph train relations`: the relation model, from BioRED and BC5CDR training splits.
    struct Relations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the relation model (pairs of entities a document relates, with their sign).",
            discussion: """
                Give training splits only (BioRED Train.PubTator, BC5CDR CDR_TrainingSet.PubTator.txt). The same \
                inputs always give the same bytes; commit the output as \
                Sources/LitGraphExtraction/Resources/relation-model.tsv.
                """
        )

        @Option(
            name: .customLong("gold"), parsing: .upToNextOption,
            help: ArgumentHelp("Annotated training files with relations (PubTator or BioC).", valueName: "file"))
        var goldPaths: [String]
        @Option(help: "The least probability of being related at which the model reports a pair.")
        var threshold: Double = 0.5
        @Option(name: .shortAndLong, help: "The model file to write.")
        var output: String

        func validate() throws {
            guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        }

        func run() throws {
            try reportingFailures {
                let training = RelationModelTraining(goldPaths: goldPaths, extractor: try Extractor.builtIn())
                let (model, documents, examples) = try training.run(threshold: threshold)
                let names = goldPaths.map { URL(filePath: $0).lastPathComponent }.joined(separator: ", ")
                let text = model.tsv(comment: [
                    "LitGraph relation model, trained by `litgraph train relations` on \(names).",
                    "Multinomial logistic regression; one weight per class for each feature.",
                ])
                try GraphExports.write(Data(text.utf8), to: URL(filePath: output))
                Terminal.note(
                    "\(output): \(model.weights.count) features from \(examples) pairs in \(documents) documents")
            }
        }
    }
}
