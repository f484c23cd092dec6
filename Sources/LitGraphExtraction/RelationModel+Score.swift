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
        /// One bit per row number modulo 256, set for each row added: a clear bit means the row is
        /// new, without searching ``added``.
        private var addedBits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// An empty score for `model`.
        init(_ model: RelationModel) {
            index = model.index
            scores = Array(repeating: 0, count: RelationModel.classes.count)
            added.reserveCapacity(64)
        }

        mutating func removeAll() {
            for column in scores.indices { scores[column] = 0 }
            hasRule = false
            added.removeAll(keepingCapacity: true)
            addedBits = (0, 0, 0, 0)
        }

        mutating func add(_ key: FeatureKey, _ value: String) {
            if key == .rule, value.isEmpty { hasRule = true }
            add(row: index.row(key, value))
        }

        mutating func add(types: FeatureTypes, _ key: FeatureKey, _ value: String) {
            add(row: index.row(types: types, key, value))
        }

        mutating func add(types: FeatureTypes) {
            add(row: index.row(types: types))
        }

        private mutating func add(row: Int32?) {
            guard let row else { return }
            let bit: UInt64 = 1 << UInt64(row & 63)
            let word: UInt64
            switch row >> 6 & 3 {
            case 0: word = addedBits.0
            case 1: word = addedBits.1
            case 2: word = addedBits.2
            default: word = addedBits.3
            }
            if word & bit != 0, added.contains(row) { return }
            switch row >> 6 & 3 {
            case 0: addedBits.0 |= bit
            case 1: addedBits.1 |= bit
            case 2: addedBits.2 |= bit
            default: addedBits.3 |= bit
            }
            added.append(row)
            index.add(row: row, to: &scores)
        }
    }
}
