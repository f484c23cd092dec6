public import LitGraphEvaluation
public import LitGraphExtraction
import LitGraphModel
public import LitGraphReaders

/// Measures the tool's relations against an annotated file's document-level relations:
/// `litgraph eval relations`.
///
/// Reads the gold file (PubTator or BioC), removes each document's annotated relations — and, with
/// entities from the lexicon, its entity annotations too — annotates it with the extractor, lets
/// the baseline replace the relations if one is chosen, and compares the pairs with the gold
/// relations (``RelationEvaluation``).
public struct RelationEvaluationRun: Sendable {
    /// The annotated file.
    public var goldPath: String
    /// How to read it; sniffed from the content by default.
    public var format: InputFormat
    /// The extractor whose relations are measured.
    public var extractor: Extractor
    /// Where entities come from: ``EntitySource/gold`` keeps the corpus's annotations (isolating
    /// relation extraction), ``EntitySource/lexicon`` hides them and runs end to end from text,
    /// ``EntitySource/both`` keeps them and adds lexicon matches that overlap none.
    public var entities: EntitySource
    /// What predicts the relations: the extractor, or a baseline over its entities.
    public var baseline: RelationBaseline
    /// How categories are compared (disease and phenotype are one type by default).
    public var mapping: EntityTypeMapping

    /// Creates a run over the file at `goldPath`.
    public init(
        goldPath: String, format: InputFormat = .auto, extractor: Extractor, entities: EntitySource = .gold,
        baseline: RelationBaseline = .none, mapping: EntityTypeMapping = .standard
    ) {
        self.goldPath = goldPath
        self.format = format
        self.extractor = extractor
        self.entities = entities
        self.baseline = baseline
        self.mapping = mapping
    }

    /// Reads, annotates and compares every document of the gold file, streaming.
    ///
    /// - Throws: `ReadError` when the file is missing or malformed; ``EvaluationError/noRelations(path:documents:)``
    ///   when no document carries relations (a plain-text file, or a corpus with entities only).
    public func run() throws -> RelationReport {
        let reader = DocumentReader(format: format)
        let extractor = extractor.using(entities)
        var evaluation = RelationEvaluation(mapping: mapping)
        var withRelations = 0
        for input in try reader.inputs(for: [goldPath]) {
            try reader.read(input) { gold in
                if !gold.annotatedRelations.isEmpty { withRelations += 1 }
                var text = gold
                text.annotatedRelations = []
                if entities == .lexicon { text.annotations = [] }
                evaluation.add(gold: gold, predicted: baseline.predictions(for: extractor.annotate(text)))
            }
        }
        guard withRelations > 0 else {
            throw EvaluationError.noRelations(path: goldPath, documents: evaluation.documentCount)
        }
        return evaluation.report()
    }

    /// Runs the evaluation and renders its report in `format` and `style`.
    public func rendered(as format: ReportFormat, style: ReportStyle = .plain) throws -> String {
        try run().rendered(as: format, style: style)
    }
}
