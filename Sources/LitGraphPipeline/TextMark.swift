public import LitGraphModel

/// A marked stretch of a report's text: a relation's argument or trigger in its sentence, or a
/// search hit.
///
/// Tables show it in brackets (`[oxytocin] {increases} [cortisol]`, `[hit]`) or, with colour, in
/// colour; the machine formats print the text unmarked and give the offsets in columns of their own.
public struct TextMark: Sendable, Hashable {
    /// What the marked text is.
    public enum Kind: Sendable, Hashable {
        /// A relation's subject or object: `[…]`.
        case argument
        /// The word or phrase that states the relation: `{…}`.
        case trigger
        /// A full-text search hit: `[…]`.
        case hit
    }

    /// Where the mark lies in the text, in Unicode code points (0-based, end-exclusive).
    public var span: TextSpan
    /// What is marked.
    public var kind: Kind

    /// Creates a mark.
    public init(span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
