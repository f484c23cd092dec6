import ArgumentParser
import LitGraphExtraction
import LitGraphPipeline
import LitGraphReaders

extension LitGraphCommand {
    /// `litgraph eval`: measurements of the tool against annotated corpora.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure LitGraph against annotated corpora.",
            subcommands: [NER.self]
        )
    }
}

extension LitGraphCommand.Eval {
    /// `litgraph eval ner`: entity recognition against a gold PubTator or BioC file.
    struct NER: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ner",
            abstract: "Measure entity recognition against a gold PubTator or BioC file.",
            discussion: """
                The tool recognises entities in the gold file's text (its annotations hidden) and is compared \
                with them: document-level identifier, exact mention (span and identifier) and boundary (span \
                only) precision, recall and F1, per entity type and overall. Disease and phenotype count as one \
                type.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The annotated file.", valueName: "file"))
        var gold: String

        @Option(name: .long, help: "Gold file format (default: detected from the content).")
        var inputFormat: InputFormat = .auto

        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                let run = NEREvaluationRun(goldPath: gold, format: inputFormat, extractor: try Extractor.builtIn())
                do {
                    Terminal.output(try run.rendered(as: report.resolvedFormat))
                } catch let error as EvaluationError {
                    Terminal.note("litgraph: \(error)")
                    throw ExitCode(65)
                }
            }
        }
    }
}
