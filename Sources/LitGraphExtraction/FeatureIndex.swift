/// A relation model's weights laid out for scoring a pair without building its feature names.
///
/// Each feature has a row number; its weights are `classCount` consecutive values of one flat array.
/// A name given in pieces (``FeatureSink``) is found by its ``FeatureHash``, computed piece by piece:
/// the first hash places it, the second confirms it. Swift compares strings by canonical
/// equivalence, which equal bytes only match for ASCII: so names with other bytes, and every name
/// when the model holds a non-ASCII name or two names share a first hash, are looked up by string,
/// exactly as `RelationModel.weights` would be.
///
/// Rows are numbered in the weights' iteration order: a row number never leaves the index (scores
/// add weights in the order features are written), so the order is free and the names need no sort.
struct FeatureIndex: Sendable {
    /// The number of weights per feature.
    let classCount: Int
    /// The tables, shared: a copy of the index (one per scored pair) retains one object.
    private let tables: Tables

    /// The lookup tables and weights of an index.
    private final class Tables: Sendable {
        /// Each feature's row, by its name's hash (ASCII names only).
        let byHash: LexiconKeyTable
        /// Each feature's row, by name: filled only when the hashes are not exact.
        let byName: [String: Int32]
        /// The model's weights by name, for a non-ASCII name when the hashes are exact.
        let names: [String: [Double]]
        /// Each row's confirming hash (``FeatureHash/second``).
        let confirmations: [UInt64]
        /// The weights, `classCount` per row.
        let weights: [Double]
        /// Whether the hash table answers every ASCII name: all names are ASCII and no two share
        /// a hash.
        let hashesAreExact: Bool

        init(
            byHash: LexiconKeyTable, byName: [String: Int32], names: [String: [Double]], confirmations: [UInt64],
            weights: [Double], hashesAreExact: Bool
        ) {
            self.byHash = byHash
            self.byName = byName
            self.names = names
            self.confirmations = confirmations
            self.weights = weights
            self.hashesAreExact = hashesAreExact
        }
    }

    /// Lays out `weights`, each row holding `classCount` values.
    init(_ weights: [String: [Double]], classCount: Int) {
        self.classCount = classCount
        var byHash = LexiconKeyTable(capacity: weights.count)
        var confirmations: [UInt64] = []
        var rows: [Double] = []
        var hashesAreExact = true
        confirmations.reserveCapacity(weights.count)
        rows.reserveCapacity(weights.count * classCount)
        for (name, row) in weights {
            let number = Int32(confirmations.count)
            let hash = FeatureHash(name)
            confirmations.append(hash.second)
            // The first `classCount` weights count, as in `RelationModel.probabilities(_:)`.
            for column in 0..<classCount { rows.append(column < row.count ? row[column] : 0) }
            guard hash.isASCII else {
                hashesAreExact = false
                continue
            }
            let key = LexiconKey(value: hash.first)
            if byHash[key] != nil { hashesAreExact = false }
            byHash.insert(key, value: number)
        }
        var byName: [String: Int32] = [:]
        if !hashesAreExact {
            byName.reserveCapacity(weights.count)
            for (number, name) in weights.keys.enumerated() { byName[name] = Int32(number) }
        }
        tables = Tables(
            byHash: byHash, byName: byName, names: weights, confirmations: confirmations, weights: rows,
            hashesAreExact: hashesAreExact)
    }

    /// The row of the feature `key + value`, if the model has it.
    func row(_ key: String, _ value: String) -> Int32? {
        row(FeatureHash().appending(key).appending(value)) { key + value }
    }

    /// The row of the feature `key.name + value`, if the model has it.
    func row(_ key: FeatureKey, _ value: String) -> Int32? {
        row(key.hash.appending(value)) { key.name + value }
    }

    /// The row of the feature `types.name + "&" + key.name + value`, if the model has it.
    func row(types: FeatureTypes, _ key: FeatureKey, _ value: String) -> Int32? {
        row(types.conjoinedKeys[key.rawValue].appending(value)) { types.name + "&" + key.name + value }
    }

    /// The row of the types feature `types.name`, if the model has it.
    func row(types: FeatureTypes) -> Int32? {
        row(types.nameHash) { types.name }
    }

    /// The row of the name with this hash; `name` builds it when it must be looked up by string.
    private func row(_ hash: FeatureHash, name: () -> String) -> Int32? {
        guard tables.hashesAreExact else { return tables.byName[name()] }
        guard hash.isASCII else {
            // Every model name is ASCII here: a name equal to this one is found in the model's
            // dictionary, and its row through its own (ASCII) hash.
            guard let index = tables.names.index(forKey: name()) else { return nil }
            return row(FeatureHash(tables.names.keys[index]), name: name)
        }
        guard let row = tables.byHash[LexiconKey(value: hash.first)], tables.confirmations[Int(row)] == hash.second
        else {
            return nil
        }
        return row
    }

    /// Adds a row's weights to `scores` (at least `classCount` of them), class by class.
    ///
    /// The sums are written through one buffer: element by element, the array was checked for
    /// sharing on every addition (a pair adds some twenty rows, each with a weight per class).
    func add(row: Int32, to scores: inout [Double]) {
        let start = Int(row) * classCount
        let weights = tables.weights
        precondition(scores.count >= classCount, "a score holds one sum per class")
        scores.withUnsafeMutableBufferPointer { sums in
            // In bounds: the precondition above; the weights are read with their bounds checked.
            for index in 0..<classCount { sums[index] += weights[start + index] }
        }
    }

}
