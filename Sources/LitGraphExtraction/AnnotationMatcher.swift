import LitGraphModel

/// Turns the entity annotations an input carried into token matches for one sentence.
///
/// An annotation covers the tokens its span overlaps; an annotation that covers no token of the
/// sentence is not its. Several annotations on one span (a mention with two identifiers) keep the
/// first; overlapping annotations keep the longer.
struct AnnotationMatcher: Sendable {
    /// The annotations of the whole document, sorted by span.
    let annotations: [Mention]

    /// Creates a matcher over a document's annotations.
    init(annotations: [Mention]) {
        self.annotations = annotations.sorted { $0.span < $1.span }
    }

    /// The annotations inside `sentence` as matches over `tokens`, in order, never overlapping.
    func matches(in tokens: [Token], sentence: TextSpan) -> [EntityRecognizer.Match] {
        var candidates: [EntityRecognizer.Match] = []
        for annotation in annotations where annotation.span.overlaps(sentence) {
            guard let first = tokens.firstIndex(where: { $0.span.overlaps(annotation.span) }),
                let last = tokens.lastIndex(where: { $0.span.overlaps(annotation.span) })
            else { continue }
            candidates.append(EntityRecognizer.Match(tokens: first..<(last + 1), entity: annotation.entity))
        }
        return Self.nonOverlapping(candidates)
    }

    /// The matches of `preferred`, plus those of `others` that overlap none of them, in order.
    static func merge(preferred: [EntityRecognizer.Match], others: [EntityRecognizer.Match]) -> [EntityRecognizer.Match]
    {
        // Most sentences have nothing preferred, and their matches are already in order: sorting
        // matches whose starts strictly increase gives them back as they are.
        if preferred.isEmpty, isInStrictOrder(others) { return others }
        let kept = others.filter { other in !preferred.contains { $0.tokens.overlaps(other.tokens) } }
        return (preferred + kept).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether the matches' first tokens strictly increase.
    static func isInStrictOrder(_ matches: [EntityRecognizer.Match]) -> Bool {
        var index = 1
        while index < matches.count {
            guard matches[index - 1].tokens.lowerBound < matches[index].tokens.lowerBound else { return false }
            index += 1
        }
        return true
    }

    /// Keeps, of overlapping matches, the longer (the earlier when equally long).
    static func nonOverlapping(_ matches: [EntityRecognizer.Match]) -> [EntityRecognizer.Match] {
        let byPreference = matches.enumerated().sorted { lhs, rhs in
            lhs.element.tokens.count != rhs.element.tokens.count
                ? lhs.element.tokens.count > rhs.element.tokens.count : lhs.offset < rhs.offset
        }
        var kept: [EntityRecognizer.Match] = []
        for (_, match) in byPreference where !kept.contains(where: { $0.tokens.overlaps(match.tokens) }) {
            kept.append(match)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
