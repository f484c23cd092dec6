import LitGraphModel

/// The normalized forms (``Swift/String/normalizedEntityName``) of a document's mentions' surface
/// texts, each of which a write records as its entity's synonym, computed with its
/// ``DocumentVersion`` so that a build normalizes them on the annotating threads rather than on the
/// one writer thread. (Entities' own names stay with the writer: it normalizes one only at an
/// entity's first naming in a write call, and doing it for every naming here costs more in all.)
struct NormalizedNames: Sendable {
    /// Of each mention's surface text, in mention order.
    let mentionTexts: [String]

    /// The mention texts of `annotated`, normalized.
    init(_ annotated: AnnotatedDocument) {
        mentionTexts = annotated.mentions.map(\.text.normalizedEntityName)
    }
}
