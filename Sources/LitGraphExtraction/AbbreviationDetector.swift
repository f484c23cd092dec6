public import LitGraphModel

/// Finds abbreviation definitions with the Schwartz–Hearst algorithm (Pacific Symposium on
/// Biocomputing, 2003), one sentence at a time.
///
/// For each parenthesis in a sentence, the text inside (cut at the first `;`, `,` or inner
/// bracket, so "(HPA; see below)" reads as "HPA") is taken as a short form when it has at most two
/// words and 2 to 10 characters, starts with a letter or digit and holds a letter. Its long form
/// is looked for in the words before the parenthesis, at most min(|SF| + 5, 2·|SF|) of them: the
/// short form's letters and digits are matched right to left, each one further left than the last,
/// and the first one must start a word (a hyphen starts a word too, but the long form then begins
/// at the start of the whole hyphenated word). When that fails, or the parenthesis holds more than
/// two words, the definition is tried the other way round: "SF (long form)", with the word before
/// the parenthesis as a short form that has a capital letter.
///
/// Beyond the paper: a Greek letter in the short form also matches its spelt-out name (`TNF-α`,
/// "tumor necrosis factor alpha"); a short form must hold a capital letter or a digit, and must
/// not hold `=`, `<`, `>`, `%` or start with a reference word ("Fig.", "Table", "see"), so
/// "(p < 0.05)", "(n = 12)", "(Fig. 2)" and "(see above)" are never definitions; a long form that
/// already contains its short form as a word ("IL-6 levels (IL-6)") is no definition.
///
/// A short form written inside its long form, "hypothalamic-pituitary-adrenal (HPA) axis", is
/// found here with the long form "hypothalamic-pituitary-adrenal"; the extractor then grounds it
/// together with the words after the parenthesis.
public struct AbbreviationDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// The definitions in a document, in text order, with spans into `document.text`.
    public func definitions(in document: Document) -> [AbbreviationDefinition] {
        let scalars = Array(document.text.unicodeScalars)
        let sentences = SentenceSplitter().sentences(in: scalars, titleLength: document.title.unicodeScalars.count)
        return definitions(in: scalars, sentences: sentences.map(\.span))
    }

    /// The definitions in the given sentences of `scalars`, in text order.
    ///
    /// Complexity: O(n) for n code points, for all practical inputs (the long-form window is short).
    public func definitions(in scalars: [Unicode.Scalar], sentences: [TextSpan]) -> [AbbreviationDefinition] {
        sentences.flatMap { definitions(in: scalars, sentence: $0) }
    }

    private func definitions(in scalars: [Unicode.Scalar], sentence: TextSpan) -> [AbbreviationDefinition] {
        var found: [AbbreviationDefinition] = []
        for open in sentence.start..<sentence.end where scalars[open] == "(" {
            guard let close = Self.closingParenthesis(in: scalars, open: open, end: sentence.end),
                let definition = candidate(in: scalars, open: open, close: close, sentenceStart: sentence.start)
            else { continue }
            let clashes = found.contains {
                $0.shortFormSpan.overlaps(definition.shortFormSpan) || $0.longFormSpan.overlaps(definition.longFormSpan)
            }
            if !clashes { found.append(definition) }
        }
        return found
    }

    /// The definition a parenthesis makes, short form inside first, then the other way round.
    private func candidate(
        in scalars: [Unicode.Scalar], open: Int, close: Int, sentenceStart: Int
    ) -> AbbreviationDefinition? {
        guard let inner = Self.innerSpan(of: scalars, open: open, close: close) else { return nil }
        if Self.wordCount(scalars, inner) <= 2, Self.isValidShortForm(scalars, inner) {
            let window = Self.window(for: inner)
            if let candidate = Self.wordsBefore(open, in: scalars, sentenceStart: sentenceStart, limit: window),
                let longForm = Self.longForm(for: inner, in: candidate, scalars: scalars)
            {
                return Self.definition(shortForm: inner, longForm: longForm, scalars: scalars)
            }
        }
        guard let shortForm = Self.wordsBefore(open, in: scalars, sentenceStart: sentenceStart, limit: 1),
            let trimmed = Self.trimmedToAlphanumerics(scalars, shortForm),
            Self.isValidShortForm(scalars, trimmed),
            Self.wordCount(scalars, inner) <= Self.window(for: trimmed),
            !scalars[inner.start..<inner.end].contains(where: Self.isStatisticMark),
            let longForm = Self.longForm(for: trimmed, in: inner, scalars: scalars)
        else { return nil }
        return Self.definition(shortForm: trimmed, longForm: longForm, scalars: scalars)
    }

    private static func definition(
        shortForm: TextSpan, longForm: TextSpan, scalars: [Unicode.Scalar]
    ) -> AbbreviationDefinition {
        AbbreviationDefinition(
            shortForm: text(scalars, shortForm), longForm: text(scalars, longForm), shortFormSpan: shortForm,
            longFormSpan: longForm)
    }

    /// The text of a span.
    static func text(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        String(scalars: scalars[span.start..<span.end])
    }
}
