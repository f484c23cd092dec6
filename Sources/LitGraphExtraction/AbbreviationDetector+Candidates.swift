import LitGraphModel

extension AbbreviationDetector {
    /// First words of parentheses that are references or remarks, never short forms: `Fig`, `Table`, `see`.
    static let referenceWords: Set<String> = [
        "fig", "figs", "figure", "figures", "table", "tables", "ref", "refs", "reference", "see", "e.g", "eg",
        "i.e", "ie", "cf", "vs", "ca", "approx", "supplementary", "suppl", "appendix", "eq", "section", "chapter",
    ]

    /// Characters that mark a statistic or a measurement, never a short form ("p < 0.05", "n = 12").
    static let statisticMarks = "=<>≤≥±%".unicodeScalars

    /// Whether a scalar is one of ``statisticMarks``, answered by a switch instead of decoding the
    /// marks' string for every scalar tested.
    static func isStatisticMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "<", ">", "≤", "≥", "±", "%": true
        default: false
        }
    }

    /// The index of the `)` closing the `(` at `open`, counting nested parentheses, within the sentence.
    static func closingParenthesis(in scalars: [Unicode.Scalar], open: Int, end: Int) -> Int? {
        var depth = 0
        for index in open..<end {
            if scalars[index] == "(" {
                depth += 1
            } else if scalars[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The text inside a parenthesis up to the first `;`, `,` or inner bracket, trimmed; `nil` when empty.
    static func innerSpan(of scalars: [Unicode.Scalar], open: Int, close: Int) -> TextSpan? {
        var end = open + 1
        while end < close, !isInnerSpanEnd(scalars[end]) { end += 1 }
        return trimmed(scalars, TextSpan(start: open + 1, end: end))
    }

    /// Whether a scalar ends the text ``innerSpan(of:open:close:)`` reads: `;`, `,`, `(` or `[`.
    private static func isInnerSpanEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ";" || scalar == "," || scalar == "(" || scalar == "["
    }

    /// Whether a scalar stops ``wordsBefore(_:in:sentenceStart:limit:)``: a bracket, `;` or `:`.
    private static func isWordsBeforeBarrier(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "[", "]", ";", ":": true
        default: false
        }
    }

    /// The span without white space at either end; `nil` when nothing is left.
    static func trimmed(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> TextSpan? {
        var start = span.start
        var end = span.end
        while start < end, Tokenizer.isSpace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isSpace(scalars[end - 1]) { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }

    /// The span without punctuation at either end (`"HPA,"` → `HPA`); `nil` when nothing is left.
    static func trimmedToAlphanumerics(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> TextSpan? {
        var start = span.start
        var end = span.end
        while start < end, !isAlphanumeric(scalars[start]) { start += 1 }
        while end > start, !isAlphanumeric(scalars[end - 1]) { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }

    /// The number of white-space separated words in a span.
    static func wordCount(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars[span.start..<span.end] {
            let isSpace = Tokenizer.isSpace(scalar)
            if !isSpace, !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// How many words a long form may have: min(|SF| + 5, 2·|SF|), |SF| in code points.
    static func window(for shortForm: TextSpan) -> Int {
        min(shortForm.length + 5, shortForm.length * 2)
    }

    /// Up to `limit` white-space separated words ending before `index`, not crossing a bracket,
    /// `;` or `:` nor the sentence start; `nil` when there are none.
    static func wordsBefore(_ index: Int, in scalars: [Unicode.Scalar], sentenceStart: Int, limit: Int) -> TextSpan? {
        var position = index
        while position > sentenceStart, Tokenizer.isSpace(scalars[position - 1]) { position -= 1 }
        let end = position
        var words = 0
        while words < limit, position > sentenceStart, !isWordsBeforeBarrier(scalars[position - 1]) {
            while position > sentenceStart, !Tokenizer.isSpace(scalars[position - 1]),
                !isWordsBeforeBarrier(scalars[position - 1])
            {
                position -= 1
            }
            words += 1
            while words < limit, position > sentenceStart, Tokenizer.isSpace(scalars[position - 1]) { position -= 1 }
        }
        return trimmed(scalars, TextSpan(start: position, end: end))
    }

    /// Whether a span can be a short form: 2–10 code points, at most two words, starting with a
    /// letter or digit, with a letter and a capital or digit, no statistic mark, no reference word.
    static func isValidShortForm(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        let form = scalars[span.start..<span.end]
        guard (2...10).contains(form.count), let first = form.first, isAlphanumeric(first),
            wordCount(scalars, span) <= 2,
            form.contains(where: isLetter),
            form.contains(where: { isCapital($0) || ("0"..."9").contains($0) }),
            !form.contains(where: isStatisticMark)
        else { return false }
        return !referenceWords.contains(firstWordLowered(form))
    }

    /// The first word of a short form (up to its first space) lower-cased, without a final `.`.
    ///
    /// An ASCII word is lowered byte by byte, which is what `lowercased()` does to ASCII, and its
    /// final `.` is its last byte; any other word goes through `String`.
    static func firstWordLowered(_ form: ArraySlice<Unicode.Scalar>) -> String {
        let firstWord = form.prefix { !Tokenizer.isSpace($0) }
        if firstWord.allSatisfy(\.isASCII) {
            var bytes = firstWord.map { scalar in
                UInt8(truncatingIfNeeded: scalar.value) | (("A"..."Z").contains(scalar) ? 0x20 : 0)
            }
            if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var word = String(String.UnicodeScalarView(firstWord)).lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        return word
    }

    /// Whether a scalar is alphabetic; an ASCII scalar is when it is a letter, without a property lookup.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether a scalar is upper-case; an ASCII scalar is when it is `A`–`Z`, without a property lookup.
    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    /// Whether a scalar is a letter or a digit (Greek letters included).
    ///
    /// That is what a word token is made of (``Tokenizer/isWordScalar(_:)``, which answers ASCII
    /// without a property lookup).
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        Tokenizer.isWordScalar(scalar)
    }
}
