public import LitGraphModel

/// Splits a document's text into sentences: the title first, then the abstract's sentences.
///
/// A period, question mark or exclamation mark ends a sentence when white space and an
/// upper-case letter, a digit or an opening bracket follow, except after an abbreviation
/// ("et al.", "e.g.", "i.e.", "vs.", "approx.", "Fig."), after an initial ("J. Smith"), or inside
/// parentheses or brackets. Decimals ("2.5 mg") and species names ("E. coli") never split.
public struct SentenceSplitter: Sendable {
    /// Words that end with a period without ending the sentence, lower-cased, without the final period.
    static let abbreviations: Set<String> = [
        "al", "e.g", "i.e", "vs", "approx", "fig", "figs", "ca", "cf", "no", "nos", "dr", "mr", "mrs", "ms",
        "prof", "st", "resp", "eq", "eqs", "ref", "refs", "sp", "spp", "var", "vol", "inc", "ltd", "co", "jr",
        "sr", "etc.al", "viz", "incl", "min", "max", "ed", "eds", "tab", "suppl", "subsp", "cv", "ph.d", "m.d",
    ]

    /// Creates a splitter.
    public init() {}

    /// The sentences of `document`, with spans into `document.text`.
    public func sentences(of document: Document) -> [Sentence] {
        let scalars = Array(document.text.unicodeScalars)
        return sentences(in: scalars, titleLength: document.title.unicodeScalars.count)
    }

    /// The sentences of `scalars`, whose first `titleLength` scalars are the title.
    public func sentences(in scalars: [Unicode.Scalar], titleLength: Int) -> [Sentence] {
        sentences(in: scalars, titleLength: titleLength, asciiText: nil)
    }

    /// ``sentences(in:titleLength:)``, each sentence's text copied from `asciiText` when the text is
    /// given: the text of `scalars`, all ASCII (``Swift/String/init(ascii:span:)``).
    func sentences(in scalars: [Unicode.Scalar], titleLength: Int, asciiText: String?) -> [Sentence] {
        var spans: [TextSpan] = []
        let titleEnd = min(titleLength, scalars.count)
        if let title = trimmed(scalars, TextSpan(start: 0, end: titleEnd)) { spans.append(title) }
        var start = min(titleEnd + 1, scalars.count)
        var depth = 0
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case ".", "?", "!":
                if depth == 0, endsSentence(scalars, at: index) {
                    if let span = trimmed(scalars, TextSpan(start: start, end: index + 1)) { spans.append(span) }
                    start = index + 1
                }
            default: break
            }
            index += 1
        }
        if let span = trimmed(scalars, TextSpan(start: start, end: scalars.count)) { spans.append(span) }
        return spans.enumerated().map { offset, span in
            let text =
                asciiText.map { String(ascii: $0, span: span) } ?? String(scalars: scalars[span.start..<span.end])
            return Sentence(index: offset, span: span, text: text)
        }
    }

    /// Whether the punctuation mark at `index` ends a sentence.
    private func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        guard next < scalars.count else { return true }
        guard Tokenizer.isSpace(scalars[next]) else { return false }
        while next < scalars.count, Tokenizer.isSpace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return true }
        let following = scalars[next]
        let opensSentence: Bool
        if following.isASCII {
            // The ASCII capitals and digits are exactly the ASCII scalars with those properties.
            opensSentence =
                ("A"..."Z").contains(following) || ("0"..."9").contains(following)
                || following == "(" || following == "[" || following == "\"" || following == "'"
        } else {
            opensSentence =
                following.properties.isUppercase || following.properties.numericType != nil || following == "\u{201C}"
        }
        guard opensSentence else { return false }
        guard scalars[index] == "." else { return true }
        return !isAbbreviationOrInitial(scalars, periodAt: index)
    }

    /// Whether the word before the period at `index` is an abbreviation or an initial.
    private func isAbbreviationOrInitial(_ scalars: [Unicode.Scalar], periodAt index: Int) -> Bool {
        var start = index
        while start > 0, !Tokenizer.isSpace(scalars[start - 1]), scalars[start - 1] != "(" { start -= 1 }
        // No abbreviation is longer than `abbreviationLength` letters, and lower-casing never
        // shortens a word, so a longer word is not looked up.
        if index - start <= Self.abbreviationLength {
            let word = String(scalars: scalars[start..<index]).lowercasedFast
            if Self.abbreviations.contains(word) { return true }
        }
        let letters = scalars[start..<index]
        guard letters.count == 1, let letter = letters.first, letter.properties.isUppercase else { return false }
        // A lone capital is an initial ("J. Smith", "by J. Smith") unless a content word in lower
        // case precedes it ("vitamin D.", "hepatitis B.").
        var wordEnd = start
        while wordEnd > 0, Tokenizer.isSpace(scalars[wordEnd - 1]) { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0, !Tokenizer.isSpace(scalars[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < wordEnd else { return true }
        let previous = String(scalars: scalars[wordStart..<wordEnd])
        guard let first = previous.unicodeScalars.first, first.properties.isLowercase else { return true }
        return Self.wordsBeforeInitials.contains(previous)
    }

    /// The length of the longest abbreviation, in scalars.
    static let abbreviationLength = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    /// Lower-case words after which a lone capital and period is an initial, not a sentence end.
    static let wordsBeforeInitials: Set<String> = ["by", "and", "of", "with", "from", "to", "et", "&", "in", "see"]

    /// The span without leading and trailing white space; `nil` when nothing is left.
    private func trimmed(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> TextSpan? {
        var start = span.start
        var end = span.end
        while start < end, Tokenizer.isSpace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isSpace(scalars[end - 1]) { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }
}
