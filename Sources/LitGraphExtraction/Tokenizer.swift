public import LitGraphModel

/// Splits text into word, number and punctuation tokens with code-point offsets.
///
/// Letters and digits that touch form one token (`ESR1`, `5HT`); every other visible character is
/// a token of its own, so `hypothalamic-pituitary-adrenal` is five tokens and the lexicon can match
/// it whether it is written with hyphens or spaces.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `scalars[span]`, with spans in the same coordinates as `scalars`.
    ///
    /// Complexity: O(n) in the length of the span.
    public func tokens(of scalars: [Unicode.Scalar], in span: TextSpan) -> [Token] {
        var shapes: [ASCIIWordShape?] = []
        return tokens(of: scalars, in: span, shapes: &shapes)
    }

    /// ``tokens(of:in:)``, with each token's ``ASCIIWordShape`` appended to `shapes`.
    ///
    /// The shapes are read in the same pass over the scalars: `nil` for punctuation and for a word
    /// with a non-ASCII scalar, as `ASCIIWordShape(token.text)` gives it.
    func tokens(
        of scalars: [Unicode.Scalar], in span: TextSpan, shapes: inout [ASCIIWordShape?]
    ) -> [Token] {
        var tokens: [Token] = []
        // About one token in four scalars of prose: room for most sentences without regrowing.
        tokens.reserveCapacity(span.length / 4 + 8)
        shapes.reserveCapacity(shapes.count + span.length / 4 + 8)
        var index = span.start
        while index < span.end {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                index += 1
                continue
            }
            if Self.isWordScalar(scalar) {
                let start = index
                var hasLetter = false
                var isASCII = true
                var hasCapital = false
                var shape = ASCIIWordShape.Reader()
                while index < span.end, Self.isWordScalar(scalars[index]) {
                    // An ASCII word scalar is a letter from `A` (0x41) up, else a digit.
                    let next = scalars[index]
                    if next.isASCII {
                        if next.value >= 0x41 { hasLetter = true }
                        if next.value <= 0x5A && next.value >= 0x41 { hasCapital = true }
                        shape.read(UInt8(truncatingIfNeeded: next.value))
                    } else {
                        isASCII = false
                        if next.properties.isAlphabetic { hasLetter = true }
                    }
                    index += 1
                }
                let text = String(scalars: scalars[start..<index])
                // `lowercasedFast` without reading the text again: an ASCII word without a capital
                // is its own lower case, and one with capitals maps each one.
                let lower =
                    !isASCII ? text.lowercased() : hasCapital ? String(asciiLowercased: scalars[start..<index]) : text
                tokens.append(
                    Token(
                        span: TextSpan(start: start, end: index), text: text, lower: lower,
                        kind: hasLetter ? .word : .number))
                shapes.append(isASCII ? shape.shape : nil)
                continue
            }
            let text = String(scalar)
            // An ASCII mark is no letter, so it is its own lower case.
            tokens.append(
                Token(
                    span: TextSpan(start: index, end: index + 1), text: text,
                    lower: scalar.isASCII ? text : text.lowercasedFast, kind: .punctuation))
            shapes.append(nil)
            index += 1
        }
        return tokens
    }

    /// Whether the scalar is white space (including no-break and other Unicode spaces).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // The ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
        if scalar.isASCII { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar.value == 0x200B
    }

    /// Whether the scalar belongs inside a word or number token.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return isNonASCIIWordScalar(scalar)
    }

    /// ``isWordScalar(_:)`` beyond ASCII, by the scalar's properties.
    ///
    /// Kept out of line: inlined, the type metadata its property lookups need was loaded on every
    /// call, ASCII ones included (about 100 instructions per token start).
    @inline(never)
    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
