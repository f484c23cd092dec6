/// The hashed lexicon keys of a run of tokens, extended one word at a time (``SentenceKeys``).
///
/// After appending words w₁ … wₙ, ``exact`` and ``folded`` equal `LexiconKey` of the strings
/// ``Lexicon/keys(for:)`` would build for the run ("w₁ w₂ … wₙ").
struct RunKeys {
    /// The case-sensitive key's hash.
    private(set) var exact = LexiconKey(value: LexiconKey.offsetBasis)
    /// The case-insensitive key's hash.
    private(set) var folded = LexiconKey(value: LexiconKey.offsetBasis)
    /// The case-insensitive key's hash before the last word, with the space before it: the prefix a
    /// singular form of the last word is appended to.
    private(set) var foldedBeforeLastWord = LexiconKey(value: LexiconKey.offsetBasis)
    /// How many words (and numbers) the run holds.
    private(set) var words = 0
    /// Whether a number follows a word in the run (connectors between them aside): only then can
    /// the run have a joined symbol key (``EntityRecognizer/joinedSymbolKey(_:)``).
    private(set) var joinsNumber = false
    /// Whether the last word's folded piece ends in `ate` or `ates`: only then can the run name a
    /// salt for its acid.
    private(set) var mayBeSalt = false
    private var lastKind: Token.Kind?

    /// Appends a word or number token's pieces.
    mutating func append(_ piece: SentenceKeys.Piece, kind: Token.Kind) {
        if words > 0 {
            exact = exact.appending(UInt8(ascii: " "))
            folded = folded.appending(UInt8(ascii: " "))
        }
        foldedBeforeLastWord = folded
        exact = exact.appending(piece.exact)
        folded = folded.appending(piece.folded)
        words += 1
        if lastKind == .word, kind == .number { joinsNumber = true }
        lastKind = kind
        mayBeSalt = piece.mayBeSalt
    }
}
