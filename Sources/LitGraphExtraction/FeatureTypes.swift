import LitGraphModel

/// A candidate pair's types feature (`t=chemical|disease`), which many of its features are
/// conjoined with (`t=chemical|disease&cooc=1`), with the hash of its conjunction prefix
/// (`t=chemical|disease&`) computed once per pair.
///
/// A class, so that passing one to each feature a pair writes retains one object instead of
/// copying a string, an array and two hashes.
final class FeatureTypes: Sendable {
    /// The feature's name.
    let name: String
    /// The ``FeatureHash`` of `name + "&"`.
    let hash: FeatureHash
    /// The ``FeatureHash`` of `name`.
    let nameHash: FeatureHash
    /// The ``FeatureHash`` of `name + "&" + key.name` for each ``FeatureKey``, by raw value.
    let conjoinedKeys: [FeatureHash]

    /// The types feature of two categories' raw values, in sorted order.
    init(_ one: String, _ other: String) {
        name = "t=" + [one, other].sorted().joined(separator: "|")
        let prefix = FeatureHash(name + "&")
        hash = prefix
        nameHash = FeatureHash(name)
        conjoinedKeys = FeatureKey.allCases.map { prefix.appending($0.name) }
    }

    /// The types feature of two candidate entities' categories; the four categories candidates
    /// are drawn from (``PairCandidates/categories``) are looked up in a table made once.
    static func of(_ one: EntityCategory, _ other: EntityCategory) -> FeatureTypes {
        guard let first = candidateCategories.firstIndex(of: one),
            let second = candidateCategories.firstIndex(of: other)
        else { return FeatureTypes(one.rawValue, other.rawValue) }
        return table[first * candidateCategories.count + second]
    }

    private static let candidateCategories: [EntityCategory] = [.chemical, .geneOrProtein, .sequenceVariant, .disease]

    private static let table: [FeatureTypes] = candidateCategories.flatMap { one in
        candidateCategories.map { FeatureTypes(one.rawValue, $0.rawValue) }
    }
}
