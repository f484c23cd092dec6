/// Where the features of a candidate pair go, one feature name at a time: a list of names
/// (``FeatureList``, for training and inspection) or a relation model's scores
/// (``RelationModel/Score``, for extraction, which builds no name).
///
/// A name is given in pieces joined without separators, `key + value` (`cooc=` and `1`), or, for a
/// feature conjoined with the pair's types, `types + "&" + key + value`; the types feature itself
/// is `types`. A sink counts a name once, in the order first added.
protocol FeatureSink {
    /// Adds the feature `key.name + value` unless it is already there.
    mutating func add(_ key: FeatureKey, _ value: String)
    /// Adds the feature `types.name + "&" + key.name + value` unless it is already there.
    mutating func add(types: FeatureTypes, _ key: FeatureKey, _ value: String)
    /// Adds the types feature, `types.name`, unless it is already there.
    mutating func add(types: FeatureTypes)
    /// Removes every feature, keeping the storage for the next pair's.
    mutating func removeAll()
}

extension FeatureSink {
    /// Adds the feature `key.name` unless it is already there.
    mutating func add(_ key: FeatureKey) {
        add(key, "")
    }

    /// Adds the feature `key.name + value`, then its conjunction with the pair's types
    /// (`t=chemical|disease&cooc=1`).
    mutating func add(_ key: FeatureKey, _ value: String, conjoinedWith types: FeatureTypes) {
        add(key, value)
        add(types: types, key, value)
    }
}

/// Feature names in first-added order, without repeats.
struct FeatureList: FeatureSink {
    private(set) var names: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ key: FeatureKey, _ value: String) {
        insert(key.name + value)
    }

    mutating func add(types: FeatureTypes, _ key: FeatureKey, _ value: String) {
        insert(types.name + "&" + key.name + value)
    }

    mutating func add(types: FeatureTypes) {
        insert(types.name)
    }

    mutating func removeAll() {
        names.removeAll(keepingCapacity: true)
        seen.removeAll(keepingCapacity: true)
    }

    private mutating func insert(_ name: String) {
        if seen.insert(name).inserted { names.append(name) }
    }
}
