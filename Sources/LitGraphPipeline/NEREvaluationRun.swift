public import LitGraphEvaluation
public import LitGraphExtraction
import LitGraphModel
public import LitGraphReaders

/// Measures the tool's own entity recognition against an annotated file: `litgraph eval ner`.
///
/// Reads the gold file (PubTator or BioC, once the readers support them), removes each document's
/// annotations and annotated relations so the extractor sees only the text, annotates it with the
/// extractor, and compares the mentions found with the gold annotations (``NEREvaluation``).
public struct NEREvaluationRun: Sendable {
    /// The annotated file.
    public var goldPath: String
    /// How to read it; sniffed from the content by default.
    public var format: InputFormat
    /// The extractor whose recognition is measured.
    public var extractor: Extractor
    /// How categories are compared (disease and phenotype are one type by default).
    public var mapping: EntityTypeMapping

    /// Creates a run over the file at `goldPath`.
    public init(
        goldPath: String, format: InputFormat = .auto, extractor: Extractor, mapping: EntityTypeMapping = .standard
    ) {
        self.goldPath = goldPath
        self.format = format
        self.extractor = extractor
        self.mapping = mapping
    }

    /// Reads, annotates and compares every document of the gold file, streaming.
    ///
    /// - Throws: `ReadError` when the file is missing or malformed; ``EvaluationError/noAnnotations(path:documents:)``
    ///   when no document carries annotations (a plain-text or PubMed XML file, say).
    public func run() throws -> NERReport {
        let reader = DocumentReader(format: format)
        var evaluation = NEREvaluation(mapping: mapping)
        var annotated = 0
        for input in try reader.inputs(for: [goldPath]) {
            try reader.read(input) { gold in
                if !gold.annotations.isEmpty { annotated += 1 }
                var text = gold
                text.annotations = []
                text.annotatedRelations = []
                evaluation.add(gold: gold, predicted: extractor.annotate(text))
            }
        }
        guard annotated > 0 else {
            throw EvaluationError.noAnnotations(path: goldPath, documents: evaluation.documentCount)
        }
        return evaluation.report()
    }

    /// Runs the evaluation and renders its report in `format` and `style`.
    public func rendered(as format: ReportFormat, style: ReportStyle = .plain) throws -> String {
        try run().rendered(as: format, style: style)
    }
}
