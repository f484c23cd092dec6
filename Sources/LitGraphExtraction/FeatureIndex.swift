/// A relation model's weights laid out for scoring a pair without building its feature names.
///
/// Each feature has a row number; its weights are `classCount` consecutive values of one flat array.
/// A name given in pieces (``FeatureSink``) is found by its ``FeatureHash``, computed piece by piece:
/// the first hash places it, the second confirms it. Swift compares strings by canonical
/// equivalence, which equal bytes only match for ASCII: so names with other bytes, and every name
/// when the model holds a non-ASCII name or two names share a first hash, are looked up by string,
/// exactly as `RelationModel.weights` would be.
struct FeatureIndex: Sendable {
    /// The number of weights per feature.
    let classCount: Int
    /// Each feature's row, by its name's hash (ASCII names only).
    private var byHash = LexiconKeyTable()
    /// Each feature's row, by name.
    private var byName: [String: Int32] = [:]
    /// Each row's confirming hash (``FeatureHash/second``).
    private var confirmations: [UInt64] = []
    /// The weights, `classCount` per row.
    private var weights: [Double] = []
    /// Whether the hash table answers every ASCII name: all names are ASCII and no two share a hash.
    private var hashesAreExact = true

    /// Lays out `weights`, each row holding `classCount` values.
    init(_ weights: [String: [Double]], classCount: Int) {
        self.classCount = classCount
        byHash = LexiconKeyTable(capacity: weights.count)
        for (name, row) in weights.sorted(by: { $0.key < $1.key }) {
            let number = Int32(confirmations.count)
            let hash = FeatureHash(name)
            confirmations.append(hash.second)
            byName[name] = number
            // The first `classCount` weights count, as in `RelationModel.probabilities(_:)`.
            self.weights += row.prefix(classCount) + Array(repeating: 0, count: max(0, classCount - row.count))
            guard hash.isASCII else {
                hashesAreExact = false
                continue
            }
            let key = LexiconKey(value: hash.first)
            if byHash[key] != nil { hashesAreExact = false }
            byHash.insert(key, value: number)
        }
    }

    /// The row of the feature `key + value`, if the model has it.
    func row(_ key: String, _ value: String) -> Int32? {
        row(FeatureHash().appending(key).appending(value)) { key + value }
    }

    /// The row of the feature `types.name + "&" + key + value`, if the model has it.
    func row(types: FeatureTypes, _ key: String, _ value: String) -> Int32? {
        row(types.hash.appending(key).appending(value)) { types.name + "&" + key + value }
    }

    /// The row of the name with this hash; `name` builds it when it must be looked up by string.
    private func row(_ hash: FeatureHash, name: () -> String) -> Int32? {
        guard hashesAreExact, hash.isASCII else { return byName[name()] }
        guard let row = byHash[LexiconKey(value: hash.first)], confirmations[Int(row)] == hash.second else {
            return nil
        }
        return row
    }

    /// Adds a row's weights to `scores`, class by class.
    func add(row: Int32, to scores: inout [Double]) {
        let start = Int(row) * classCount
        for index in 0..<classCount { scores[index] += weights[start + index] }
    }

}
