public import LitGraphExtraction
import LitGraphModel
public import LitGraphReaders

/// Learns the rodent-gene table from annotated corpora: `litgraph lexicon orthologs`.
///
/// Reads each gold file (PubTator or BioC), annotates every document's bare text with the
/// lexicon alone and no ortholog table, and feeds gold and prediction to ``OrthologTableTrainer``.
/// Train on training splits only; development splits are for measuring.
public struct OrthologTraining: Sendable {
    /// The annotated files.
    public var goldPaths: [String]
    /// How to read them; sniffed from the content by default.
    public var format: InputFormat
    /// The lexicon whose gene matches are aligned with the gold annotations.
    public var lexicon: Lexicon

    /// Creates a training run over `goldPaths`.
    public init(goldPaths: [String], format: InputFormat = .auto, lexicon: Lexicon) {
        self.goldPaths = goldPaths
        self.format = format
        self.lexicon = lexicon
    }

    /// Reads, annotates and counts every document, streaming; returns the table and how many
    /// documents were read.
    ///
    /// - Throws: `ReadError` when a file is missing or malformed;
    ///   ``EvaluationError/noAnnotations(path:documents:)`` when a file has no annotations.
    public func run() throws -> (table: OrthologTable, documents: Int) {
        let extractor = Extractor(lexicon: lexicon, entitySource: .lexicon)
        let detector = SpeciesDetector()
        var trainer = OrthologTableTrainer(lexicon: lexicon)
        let documents = try AnnotatedCorpus.forEachDocument(in: goldPaths, format: format) { gold in
            var text = gold
            text.annotations = []
            text.annotatedRelations = []
            let predicted = extractor.annotate(text)
            trainer.add(gold: gold, predicted: predicted, species: detector.species(of: gold.text))
        }
        return (trainer.table(), documents)
    }
}
