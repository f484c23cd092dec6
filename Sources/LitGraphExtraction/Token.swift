public import LitGraphModel

/// One word, number or punctuation mark of a sentence, located in the document's text.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: Sendable, Hashable {
        /// A run of letters, possibly with digits (`oxytocin`, `ESR1`, `5HT`).
        case word
        /// A run of digits.
        case number
        /// A single punctuation mark or symbol.
        case punctuation
    }

    /// Where the token lies in `Document.text`, in code points.
    public var span: TextSpan
    /// The token as written.
    public var text: String
    /// The token lower-cased, for case-insensitive matching.
    public var lower: String
    /// What kind of token this is.
    public var kind: Kind

    /// Creates a token.
    public init(span: TextSpan, text: String, kind: Kind) {
        self.span = span
        self.text = text
        self.lower = text.lowercased()
        self.kind = kind
    }

    /// Creates a token whose lower-cased text is already known (`text.lowercased()`).
    init(span: TextSpan, text: String, lower: String, kind: Kind) {
        self.span = span
        self.text = text
        self.lower = lower
        self.kind = kind
    }

    /// Whether the token is a word or a number (not punctuation).
    public var isWordLike: Bool { kind != .punctuation }
}
