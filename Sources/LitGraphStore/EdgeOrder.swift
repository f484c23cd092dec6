/// How the edges of an entity are ordered: `--sort evidence|belief`.
///
/// The raw values are what the command line accepts. Ties are broken by subject identifier,
/// object identifier, predicate, then polarity, so the order is always the same.
public enum EdgeOrder: String, CaseIterable, Sendable {
    /// Most evidence sentences first.
    case evidence
    /// Highest belief first, then most evidence sentences.
    case belief
}
