public import LitGraphModel

/// What predicts the relations an evaluation scores: the extractor itself, or a baseline.
///
/// The raw values are stable: they are the `--baseline` values of `litgraph eval relations`.
public enum RelationBaseline: String, Sendable, Hashable, CaseIterable {
    /// No baseline: the extractor's own relations are scored.
    case none
    /// Every pair of distinct grounded entities named in one sentence (``CooccurrenceBaseline``).
    case cooccurrence

    /// `annotated` with its relations replaced by this baseline's predictions (unchanged for ``none``).
    public func predictions(for annotated: AnnotatedDocument) -> AnnotatedDocument {
        switch self {
        case .none: annotated
        case .cooccurrence: CooccurrenceBaseline().predictions(for: annotated)
        }
    }
}
