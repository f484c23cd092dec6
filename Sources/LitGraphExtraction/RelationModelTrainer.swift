import Foundation

/// Trains a ``RelationModel``: multinomial logistic regression by stochastic gradient descent with
/// per-weight (AdaGrad) step sizes and L2 regularisation.
///
/// Training is deterministic: examples are visited in an order drawn from a fixed-seed generator,
/// so the same examples in the same order always give the same weights. Features seen fewer than
/// ``minimumCount`` times are left out.
public struct RelationModelTrainer: Sendable {
    /// Passes over the examples.
    public var epochs = 15
    /// The base step size.
    public var learningRate = 0.2
    /// The L2 penalty per step on the weights of the features present.
    public var regularization = 1e-4
    /// The fewest examples a feature must occur in to get a weight.
    public var minimumCount = 2
    private var examples: [(features: [String], label: Int)] = []

    /// Creates a trainer with no examples.
    public init() {}

    /// How many examples have been added.
    public var exampleCount: Int { examples.count }

    /// Adds one labelled candidate.
    public mutating func add(_ candidate: PairCandidate, label: PairClass) {
        examples.append((candidate.features, RelationModel.classes.firstIndex(of: label) ?? 0))
    }

    /// The model the examples give, reporting pairs at `threshold`.
    public func train(threshold: Double) -> RelationModel {
        var counts: [String: Int] = [:]
        for example in examples { for feature in example.features { counts[feature, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= minimumCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        let encoded = examples.map { example in (example.features.compactMap { index[$0] }, example.label) }
        let classCount = RelationModel.classes.count
        var weights = [[Double]](repeating: [Double](repeating: 0, count: classCount), count: kept.count)
        var squares = [[Double]](repeating: [Double](repeating: 1e-8, count: classCount), count: kept.count)
        var generator = SplitMix64(seed: 0x5EED)
        var order = Array(encoded.indices)
        for _ in 0..<epochs {
            generator.shuffle(&order)
            for position in order {
                let (features, label) = encoded[position]
                var scores = [Double](repeating: 0, count: classCount)
                for feature in features { for k in 0..<classCount { scores[k] += weights[feature][k] } }
                let probabilities = RelationModel.softmax(scores)
                for feature in features {
                    for k in 0..<classCount {
                        let gradient =
                            probabilities[k] - (k == label ? 1 : 0) + regularization * weights[feature][k]
                        squares[feature][k] += gradient * gradient
                        weights[feature][k] -= learningRate * gradient / squares[feature][k].squareRoot()
                    }
                }
            }
        }
        var table: [String: [Double]] = [:]
        for (feature, row) in zip(kept, weights) where row.contains(where: { abs($0) >= 5e-7 }) {
            table[feature] = row
        }
        return RelationModel(weights: table, threshold: threshold)
    }
}

/// A small, fast, deterministic pseudo-random generator (SplitMix64) for reproducible training.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Shuffles `array` in place (Fisher–Yates).
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
