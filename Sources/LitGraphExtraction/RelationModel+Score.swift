extension RelationModel {
    /// A candidate pair's class scores, summed as its features are written (a ``FeatureSink``):
    /// what ``RelationModel/probabilities(_:)`` computes from the list of names, in the same order
    /// (so the same sums to the last bit), without building the names.
    struct Score: FeatureSink {
        /// The model's weights.
        let index: FeatureIndex
        /// The sum of the weights of the features added, per class.
        private(set) var scores: [Double]
        /// Whether the feature `rule` was added (the rules relate the pair).
        private(set) var hasRule = false
        /// The rows added so far: a feature counts once.
        private var added: [Int32] = []

        /// An empty score for `model`.
        init(_ model: RelationModel) {
            index = model.index
            scores = Array(repeating: 0, count: RelationModel.classes.count)
        }

        mutating func add(_ key: String, _ value: String) {
            if key == "rule", value.isEmpty { hasRule = true }
            add(row: index.row(key, value))
        }

        mutating func add(types: FeatureTypes, _ key: String, _ value: String) {
            add(row: index.row(types: types, key, value))
        }

        private mutating func add(row: Int32?) {
            guard let row, !added.contains(row) else { return }
            added.append(row)
            index.add(row: row, to: &scores)
        }
    }
}
