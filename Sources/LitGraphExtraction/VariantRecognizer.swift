public import LitGraphModel

/// Finds sequence variants written in a text — `R215W`, `p.(Arg215Trp)`, `c.643C>T`, `657del5`,
/// `p.F508del`, `V311fs`, `rs1800896` — and grounds each to the tmVar normalised form BioRED uses
/// (`tmVar:p|SUB|R|215|W`) or to its dbSNP id (`dbSNP:rs1800896`).
///
/// The notations and their normal forms are listed in ``VariantNotation``. A variant must begin and
/// end where tokens do (``Tokenizer``), so `XR215W` and `G6PD` are not variants; a one-letter
/// substitution needs a position of two digits or more, so `T2D`, `S1P` and `E2F` are not either.
/// Of overlapping readings the longest is kept.
///
/// Each notation is matched by a ``VariantProgram``, compiled once per process; a recognizer
/// holds nothing else, so creating one costs nothing and one value serves every thread.
public struct VariantRecognizer: Sendable {
    /// A variant found in a text.
    public struct Variant: Sendable, Hashable {
        /// Where it lies, in code points of the text searched.
        public var span: TextSpan
        /// The variant as written.
        public var text: String
        /// Its identifier: `tmVar:<normalised form>` or `dbSNP:rs<number>`.
        public var id: String
    }

    /// Creates a recognizer of every ``VariantNotation``.
    public init() {}

    /// The number of notations recognised.
    public var notationCount: Int { VariantNotation.programs.count }

    /// The variants in `text`, in order, never overlapping.
    ///
    /// Complexity: linear in the length of the text.
    public func variants(in text: String) -> [Variant] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        return found(in: tokens, scalars: scalars).map { variant in
            Variant(span: variant.span, text: variant.text, id: variant.id)
        }
    }

    /// The variants among a sentence's tokens as entity matches (category `.sequenceVariant`, the
    /// name the text as written), in order, never overlapping.
    func matches(in tokens: [Token], scalars: [Unicode.Scalar]) -> [EntityRecognizer.Match] {
        found(in: tokens, scalars: scalars).compactMap { variant in
            guard let first = Self.token(in: tokens, startingAt: variant.span.start),
                let last = Self.token(in: tokens, endingAt: variant.span.end)
            else { return nil }
            let entity = Entity(id: variant.id, name: variant.text, category: .sequenceVariant)
            return EntityRecognizer.Match(tokens: first..<(last + 1), entity: entity)
        }
    }

    /// Every variant among the tokens: each notation's program run over the windows around tokens
    /// holding a digit that its screening lets through, kept when it starts and ends on token
    /// boundaries, longest first.
    ///
    /// A sentence without a digit costs one scan of its tokens. Each window is screened once for
    /// every notation of its reach (``VariantScreeningPass``), after the presence test.
    private func found(in tokens: [Token], scalars: [Unicode.Scalar]) -> [Variant] {
        let digits = tokens.indices.map { Self.holdsDigit(tokens[$0].span, scalars) }
        guard digits.contains(true) else { return [] }
        var candidates: [(variant: Variant, rank: Int)] = []
        // The windows of each reach met so far, with the notations each lets through: notations
        // have two reaches, so a list searched in order costs less than hashing the reach.
        var windowsByReach: [(reach: Int, windows: [(span: TextSpan, passing: UInt32)])] = []
        var matcher = VariantProgram.Matcher()
        for (rank, notation) in VariantNotation.allCases.enumerated() {
            let reach = notation.reach
            let windows: [(span: TextSpan, passing: UInt32)]
            if let known = windowsByReach.first(where: { $0.reach == reach }) {
                windows = known.windows
            } else {
                let wanted = Self.notations(reaching: reach)
                windows = Self.windows(tokens, digits: digits, reach: reach).map { window in
                    let text = scalars[window.start..<window.end]
                    let allowed = ScalarPresence(text).allowed(among: wanted)
                    return (window, allowed == 0 ? 0 : VariantScreeningPass.passing(text, among: allowed))
                }
                windowsByReach.append((reach, windows))
            }
            let bit = notation.bit
            guard windows.contains(where: { $0.passing & bit != 0 }) else { continue }
            let program = VariantNotation.programs[rank]
            for (window, passing) in windows where passing & bit != 0 {
                program.forEachMatch(in: scalars, bounds: window.start..<window.end, matcher: &matcher) {
                    range, matcher in
                    if let variant = variant(range, notation: notation, matcher: matcher, scalars: scalars),
                        Self.token(in: tokens, startingAt: variant.span.start) != nil,
                        Self.token(in: tokens, endingAt: variant.span.end) != nil
                    {
                        candidates.append((variant, rank))
                    }
                }
            }
        }
        return Self.longestFirst(candidates)
    }

    /// The notations of each reach (there are two), as sets of ``VariantNotation/bit``s.
    private static let notationsByReach: [(reach: Int, notations: UInt32)] = {
        var result: [(reach: Int, notations: UInt32)] = []
        for notation in VariantNotation.allCases {
            if let index = result.firstIndex(where: { $0.reach == notation.reach }) {
                result[index].notations |= notation.bit
            } else {
                result.append((notation.reach, notation.bit))
            }
        }
        return result
    }()

    /// The notations whose reach is `reach`.
    static func notations(reaching reach: Int) -> UInt32 {
        notationsByReach.first { $0.reach == reach }?.notations ?? 0
    }

    /// The index of the token starting at `offset`, if any.
    static func token(in tokens: [Token], startingAt offset: Int) -> Int? {
        let index = firstIndex(in: tokens, offset) { $0.start }
        return index < tokens.count && tokens[index].span.start == offset ? index : nil
    }

    /// The index of the token ending at `offset`, if any.
    static func token(in tokens: [Token], endingAt offset: Int) -> Int? {
        let index = firstIndex(in: tokens, offset) { $0.end }
        return index < tokens.count && tokens[index].span.end == offset ? index : nil
    }

    /// The first index whose token's `bound` is at least `offset`, by binary search (tokens are in
    /// text order and never overlap, so both their starts and their ends increase).
    private static func firstIndex(in tokens: [Token], _ offset: Int, _ bound: (TextSpan) -> Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if bound(tokens[middle].span) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The variant a match over `range` stands for, its captures read from `matcher`, or `nil`
    /// when the notation rejects it.
    private func variant(
        _ range: Range<Int>, notation: VariantNotation, matcher: VariantProgram.Matcher, scalars: [Unicode.Scalar]
    ) -> Variant? {
        let capture: (String) -> String? = { name in
            VariantCapture(rawValue: name).flatMap { matcher.range(of: $0) }.map { String(scalars: scalars[$0]) }
        }
        guard let id = notation.identifier(capture) else { return nil }
        let start = range.lowerBound
        var end = range.upperBound
        var written = String(scalars: scalars[start..<end])
        // A closing parenthesis belongs to the variant only when the variant opened it: "(R215W)".
        if written.hasSuffix(")"), written.filter({ $0 == ")" }).count > written.filter({ $0 == "(" }).count {
            end -= 1
            written.removeLast()
        }
        return Variant(span: TextSpan(start: start, end: end), text: written, id: id)
    }

    /// The spans, merged, from `reach` tokens before to four tokens after each token holding a
    /// digit: every notation holds a digit, and none reaches further from it than its
    /// ``VariantNotation/reach``.
    ///
    /// `digits` says which tokens hold a digit.
    static func windows(_ tokens: [Token], digits: [Bool], reach: Int) -> [TextSpan] {
        var windows: [TextSpan] = []
        for index in tokens.indices where digits[index] {
            let first = tokens[max(0, index - reach)].span.start
            let last = tokens[min(tokens.count - 1, index + 4)].span.end
            if let previous = windows.last, previous.end >= first {
                windows[windows.count - 1] = TextSpan(start: previous.start, end: max(previous.end, last))
            } else {
                windows.append(TextSpan(start: first, end: last))
            }
        }
        return windows
    }

    /// Of overlapping candidates, the longer; the earlier notation when equally long.
    private static func longestFirst(_ candidates: [(variant: Variant, rank: Int)]) -> [Variant] {
        let ordered = candidates.sorted { lhs, rhs in
            lhs.variant.span.length != rhs.variant.span.length
                ? lhs.variant.span.length > rhs.variant.span.length
                : (lhs.rank, lhs.variant.span.start) < (rhs.rank, rhs.variant.span.start)
        }
        var kept: [Variant] = []
        for candidate in ordered where !kept.contains(where: { $0.span.overlaps(candidate.variant.span) }) {
            kept.append(candidate.variant)
        }
        return kept.sorted { $0.span < $1.span }
    }

    /// Whether a token holds an ASCII digit, read from the scalars it spans (the span alone is
    /// passed: copying a token retains and releases its strings).
    private static func holdsDigit(_ span: TextSpan, _ scalars: [Unicode.Scalar]) -> Bool {
        scalars[span.start..<span.end].contains { ("0"..."9").contains($0) }
    }
}
