import ArgumentParser
import Foundation
import LitGraphEvaluation
import LitGraphExtraction
import LitGraphPipeline
import LitGraphReaders

extension LitGraphCommand {
    /// `litgraph eval`: measurements of the tool against annotated corpora.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure LitGraph against annotated corpora.",
            subcommands: [NER.self, Relations.self]
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
                    Terminal.output(try run.rendered(as: report.resolvedFormat, style: report.style))
                } catch let error as EvaluationError {
                    Terminal.note("litgraph: \(error)")
                    throw ExitCode(65)
                }
            }
        }
    }
}

extension LitGraphCommand.Eval {
    /// `litgraph eval relations`: document-level entity pairs against a gold PubTator or BioC file.
    struct Relations: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "relations",
            abstract: "Measure relation extraction against a gold PubTator or BioC file with relations.",
            discussion: """
                The tool extracts relations from the gold file's text (its relations hidden) and is compared \
                with them at BioRED's entity-pair level: an unordered pair of identifiers counts once per \
                document, whatever its type. Reported: pair precision, recall and F1; the recall of each gold \
                relation type (CID, for BC5CDR, with precision and F1 over chemical-disease predictions); and \
                the polarity accuracy on found Positive_Correlation and Negative_Correlation pairs (no sign \
                counts as wrong). Negated evidence never counts.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The annotated file.", valueName: "file"))
        var gold: String

        @Option(name: .long, help: "Gold file format (default: detected from the content).")
        var inputFormat: InputFormat = .auto

        @Option(
            name: .customLong("ner"),
            help: """
                Entities from the corpus's annotations (gold), recognised from the text (lexicon), or the \
                annotations plus lexicon matches overlapping none (both).
                """)
        var entities: EntitySource = .gold

        @Option(name: .long, help: "Score a baseline instead of the extractor's relations.")
        var baseline: RelationBaseline = .none

        @Option(
            name: .customLong("relation-model"),
            help: ArgumentHelp(
                "A relation model file (from `litgraph train relations`) instead of the built-in one; none for rules only.",
                valueName: "file"))
        var relationModel: String?

        @OptionGroup var report: ReportOptions

        func run() throws {
            try reportingFailures {
                var extractor = try Extractor.builtIn()
                if let relationModel {
                    guard relationModel == "none" || FileManager.default.fileExists(atPath: relationModel) else {
                        throw ReadError.missingFile(path: relationModel)
                    }
                    extractor = extractor.using(try RelationModel.load(relationModel))
                }
                let run = RelationEvaluationRun(
                    goldPath: gold, format: inputFormat, extractor: extractor, entities: entities,
                    baseline: baseline)
                do {
                    Terminal.output(try run.rendered(as: report.resolvedFormat, style: report.style))
                } catch let error as EvaluationError {
                    Terminal.note("litgraph: \(error)")
                    throw ExitCode(65)
                }
            }
        }
    }
}
