import Testing

@testable import LitGraphExtraction

/// ``AbbreviationDetector/firstWordLowered(_:)``, which lowers an ASCII word byte by byte, pinned
/// against the `String` path it replaces, on ASCII words and on words just beyond ASCII.
@Suite struct ShortFormWordTests {
    @Test(arguments: [
        "IL-6", "Ref.", "FIG. 2", "Tab", "et al.", "TNF-\u{03B1}", "\u{0130}x", "\u{0391}\u{0392}.", "A.B.", "x y",
        "\u{216B}", "\u{01C5}A", ".", "..", "a.", "Z", "MiR-21 x", "HbA1c", "5-HT", "Fig.\u{00A0}1", "AB\u{0301}",
        "E2F1", "[Ca]", "ABC.D", "ab\tcd", "Co-A", "A\u{212A}", "@Z", "\u{00C9}T.", "",
    ])
    func loweredAsByString(form: String) {
        let scalars = Array(form.unicodeScalars)[...]
        let firstWord = scalars.prefix { !Tokenizer.isSpace($0) }
        var expected = String(String.UnicodeScalarView(firstWord)).lowercased()
        if expected.hasSuffix(".") { expected.removeLast() }
        let lowered = AbbreviationDetector.firstWordLowered(scalars)
        #expect(lowered == expected)
        #expect(Array(lowered.utf8) == Array(expected.utf8))
    }
}
