/// A candidate pair's types feature (`t=chemical|disease`), which many of its features are
/// conjoined with (`t=chemical|disease&cooc=1`), with the hash of its conjunction prefix
/// (`t=chemical|disease&`) computed once per pair.
struct FeatureTypes: Sendable {
    /// The feature's name.
    let name: String
    /// The ``FeatureHash`` of `name + "&"`.
    let hash: FeatureHash

    /// The types feature of two categories' raw values, in sorted order.
    init(_ one: String, _ other: String) {
        name = "t=" + [one, other].sorted().joined(separator: "|")
        hash = FeatureHash(name + "&")
    }
}
