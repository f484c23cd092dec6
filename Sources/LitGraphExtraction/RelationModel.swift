import Foundation
import LitGraphModel

/// A multinomial logistic regression over pair features: how likely two entities of a document
/// are related, and with which sign.
///
/// The model scores the candidate pairs of ``PairCandidates`` (entities in one sentence, or one of
/// them in the title). A pair is related when the probability of ``PairClass/none`` is below
/// `1 − threshold`. A related pair always gets a sign: positive or negative, whichever the model
/// finds likelier. The association class takes part in training (BioRED's associations, bindings
/// and comparisons are relations too) but is never the answer: choosing the sign whenever a pair
/// is related was measured on BioRED dev to give the right sign far more often (0.79) than
/// leaving association pairs unsigned (0.66). Weights are learned by ``RelationModelTrainer``
/// (`litgraph train relations`) from annotated training corpora.
public struct RelationModel: Sendable {
    /// The classes, in weight-column order.
    public static let classes = PairClass.allCases
    /// Feature name → one weight per class.
    public let weights: [String: [Double]]
    /// The least probability of being related at which a pair is reported.
    public let threshold: Double
    /// The weights laid out for scoring without feature names (``Score``).
    let index: FeatureIndex

    /// Creates a model from its weights and threshold.
    public init(weights: [String: [Double]], threshold: Double) {
        self.weights = weights
        self.threshold = threshold
        index = FeatureIndex(weights, classCount: Self.classes.count)
    }

    /// A model that relates nothing: extraction is rule-based only.
    public static let empty = RelationModel(weights: [:], threshold: 1)

    /// Whether the model has any weight.
    public var isEmpty: Bool { weights.isEmpty }

    /// The probability of each class (in ``classes`` order) for a pair with these features.
    public func probabilities(_ features: [String]) -> [Double] {
        var scores = [Double](repeating: 0, count: Self.classes.count)
        for feature in features {
            guard let row = weights[feature] else { continue }
            for index in scores.indices { scores[index] += row[index] }
        }
        return Self.softmax(scores)
    }

    /// The class of a pair with these features (``PairClass/none``, or a sign) and the probability
    /// that it is related at all.
    public func classify(_ features: [String]) -> (pairClass: PairClass, confidence: Double) {
        classify(probabilities: probabilities(features))
    }

    /// The class and probability of being related of a pair scored feature by feature (``Score``).
    ///
    /// The probabilities are ``softmax(_:)``'s, to the last bit (the same operations in the same
    /// order), each computed where it is read: no array is made per pair.
    func classify(_ score: Score) -> (pairClass: PairClass, confidence: Double) {
        let scores = score.scores
        let top = scores.max() ?? 0
        var total = 0.0
        for value in scores { total += exp(value - top) }
        return classify { exp(scores[$0] - top) / total }
    }

    private func classify(probabilities: [Double]) -> (pairClass: PairClass, confidence: Double) {
        classify { probabilities[$0] }
    }

    /// The class and probability of being related, given each class's probability by column.
    private func classify(probability: (Int) -> Double) -> (pairClass: PairClass, confidence: Double) {
        let related = 1 - probability(0)
        guard !isEmpty, related >= threshold else { return (.none, related) }
        let positive = probability(Self.position(.positive))
        let negative = probability(Self.position(.negative))
        return (positive >= negative ? .positive : .negative, related)
    }

    /// The weight column of a class.
    static func position(_ pairClass: PairClass) -> Int {
        classes.firstIndex(of: pairClass) ?? 0
    }

    /// The normalised exponentials of `scores`.
    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// The model shipped with LitGraph, trained on the BioRED and BC5CDR training splits.
    ///
    /// - Throws: ``TrainedFileError`` if the packaged model is missing or malformed.
    public static func builtIn() throws -> RelationModel {
        guard let url = Bundle.module.url(forResource: "relation-model", withExtension: "tsv") else {
            throw TrainedFileError(
                .relationModel,
                source: "relation-model.tsv", problem: "the built-in model is missing from the package")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TrainedFileError(
                .relationModel, source: url.path, problem: "cannot be read (\(error.localizedDescription))")
        }
        return try RelationModel(tsv: text, source: url.path)
    }
}
