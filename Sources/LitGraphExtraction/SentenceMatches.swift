import LitGraphModel

/// One sentence with its tokens and the entities recognised in it, kept for the document-level
/// stage of extraction (``PairCandidates``).
struct SentenceMatches: Sendable {
    /// The sentence.
    var sentence: Sentence
    /// Its tokens.
    var tokens: [Token]
    /// The entities found over them, in order.
    var matches: [EntityRecognizer.Match]

    /// The text span of a match.
    func span(of match: EntityRecognizer.Match) -> TextSpan {
        TextSpan(start: tokens[match.tokens.lowerBound].span.start, end: tokens[match.tokens.upperBound - 1].span.end)
    }
}
