import LitGraphModel
import Testing

@testable import LitGraphExtraction

/// The fast string helpers give the same strings as the standard library's slow paths.
@Suite struct StringScalarsTests {
    static let samples = [
        "", "a", "Oxytocin", "TNF-α", "Sjögren’s", "ＴＰ５３", "ﬁbroblast", "İstanbul", "ΣΑΣ", "😀 emoji", "Straße",
        "a\u{0301}", "\u{FDFA}", "MiXeD 123", String(repeating: "long ASCII text ", count: 20),
    ]

    @Test(arguments: samples)
    func scalarsMakeTheSameString(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars[...]) == text)
        #expect(String(scalars: scalars[...]).utf8.elementsEqual(text.utf8))
        if scalars.count > 2 {
            let middle = scalars[1..<(scalars.count - 1)]
            #expect(String(scalars: middle) == String(String.UnicodeScalarView(middle)))
        }
    }

    @Test(
        "a span copied from an ASCII text is the string of its scalars",
        arguments: [
            "", "a", "Oxytocin", "MiXeD 123", String(repeating: "long ASCII text ", count: 20),
            "IL-6 (interleukin 6) raised TNF in 12 of 20 mice; p < 0.05.\n\tEnd.",
        ])
    func asciiSpansAreTheScalarsStrings(text: String) {
        let scalars = Array(text.unicodeScalars)
        for start in 0...scalars.count {
            for end in start...min(scalars.count, start + 20) {
                let span = TextSpan(start: start, end: end)
                let copied = String(ascii: text, span: span)
                #expect(copied == String(scalars: scalars[start..<end]))
                #expect(copied.utf8.elementsEqual(String(scalars: scalars[start..<end]).utf8))
            }
        }
        let splitter = SentenceSplitter()
        let copied = splitter.sentences(in: scalars, titleLength: min(8, scalars.count), asciiText: text)
        #expect(copied == splitter.sentences(in: scalars, titleLength: min(8, scalars.count)))
    }

    @Test(arguments: samples)
    func fastLowerCaseIsLowerCase(text: String) {
        #expect(text.lowercasedFast == text.lowercased())
        #expect(text.lowercasedFast.utf8.elementsEqual(text.lowercased().utf8))
    }

    @Test(arguments: samples + ["", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "Ωμέγα 😀 ok"])
    func theScalarArrayIsTheViewsScalars(text: String) {
        #expect(text.unicodeScalarArray == Array(text.unicodeScalars))
    }
}
