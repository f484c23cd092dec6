import LitGraphEvaluation
public import LitGraphExtraction
import LitGraphModel
public import LitGraphReaders

/// Trains the relation model from annotated corpora: `litgraph train relations`.
///
/// Reads each gold file (PubTator or BioC) with its own entity annotations, lists every document's
/// candidate pairs (``Extractor/pairCandidates(in:)``, rules on, model off) and labels each with
/// the class its gold relations give (``PairClass/init(corpusTypes:)``; no gold relation is
/// ``PairClass/none``). A file whose relations are all `CID` (BC5CDR) annotates only
/// chemical-induced disease, so only its chemical–disease pairs are used. Train on training
/// splits only; development splits are for choosing and measuring.
public struct RelationModelTraining: Sendable {
    /// The annotated files.
    public var goldPaths: [String]
    /// How to read them; sniffed from the content by default.
    public var format: InputFormat
    /// The extractor whose candidates are labelled (its own relation model is not used).
    public var extractor: Extractor
    /// The trainer's settings.
    public var trainer: RelationModelTrainer

    /// Creates a training run over `goldPaths`.
    public init(
        goldPaths: [String], format: InputFormat = .auto, extractor: Extractor,
        trainer: RelationModelTrainer = RelationModelTrainer()
    ) {
        self.goldPaths = goldPaths
        self.format = format
        self.extractor = extractor.using(EntitySource.gold).using(RelationModel.empty)
        self.trainer = trainer
    }

    /// Reads and labels every document, then trains; returns the model and how many documents
    /// and examples it learned from.
    ///
    /// - Throws: `ReadError` when a file is missing or malformed;
    ///   ``EvaluationError/noRelations(path:documents:)`` when a file has no relation annotations.
    public func run(threshold: Double) throws -> (model: RelationModel, documents: Int, examples: Int) {
        var trainer = self.trainer
        var documents = 0
        for path in goldPaths {
            var read: [Document] = []
            let reader = DocumentReader(format: format)
            for input in try reader.inputs(for: [path]) { try reader.read(input) { read.append($0) } }
            let types = Set(read.flatMap { $0.annotatedRelations.map(\.type) })
            guard !types.isEmpty else { throw EvaluationError.noRelations(path: path, documents: read.count) }
            let chemicalDiseaseOnly = types == ["CID"]
            for gold in read { add(gold, to: &trainer, chemicalDiseaseOnly: chemicalDiseaseOnly) }
            documents += read.count
        }
        return (trainer.train(threshold: threshold), documents, trainer.exampleCount)
    }

    private func add(_ gold: Document, to trainer: inout RelationModelTrainer, chemicalDiseaseOnly: Bool) {
        var labels: [EntityPair: [String]] = [:]
        for relation in gold.annotatedRelations {
            for pair in EntityPair.pairs(relation.firstID, relation.secondID) {
                labels[pair, default: []].append(relation.type)
            }
        }
        var text = gold
        text.annotatedRelations = []
        for candidate in extractor.pairCandidates(in: text) {
            let categories: Set<EntityCategory> = [candidate.subject.category, candidate.object.category]
            if chemicalDiseaseOnly,
                !categories.contains(.chemical) || categories.isDisjoint(with: [.disease, .phenotype])
            {
                continue
            }
            let types = EntityPair.pairs(candidate.subject.id, candidate.object.id).flatMap { labels[$0] ?? [] }
            trainer.add(candidate, label: PairClass(corpusTypes: types))
        }
    }
}
