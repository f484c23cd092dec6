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
