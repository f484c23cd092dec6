import Testing

@testable import LitGraphStore

@Suite("Entity name normalization")
struct EntityNameTests {
    @Test(
        "names are lowercased with white space collapsed",
        arguments: [
            ("oxytocin", "oxytocin"), ("Oxytocin", "oxytocin"),
            ("psychological  resilience", "psychological resilience"),
            (" HPA axis ", "hpa axis"), ("IL-6", "il-6"), ("a\tb\nc", "a b c"), ("β-Endorphin", "β-endorphin"),
            ("TNF-α  Receptor", "tnf-α receptor"), ("", ""), ("   ", ""), ("x ", "x"),
        ])
    func normalizes(name: String, expected: String) {
        #expect(name.normalizedEntityName == expected)
    }

    @Test(
        "the one-pass ASCII normalization gives what lowercasing and splitting at white space give",
        arguments: [
            "OXTR", "Oxytocin", "oxytocin", "IL-6", "IL 6", "IL  6", " IL 6", "IL 6 ", "  IL\t\t6  ", "a\r\nb",
            "a\u{0B}b\u{0C}c\rd", "a\u{1F}b", "a\u{1C}B", "A\u{7F}B", "@[`{", "AZaz09", "", " ", "\t\n", "x",
            "X", "TNF alpha Receptor 1", "Heat Shock  Protein\n70",
        ])
    func asciiMatchesGeneralPath(name: String) {
        #expect(
            name.normalizedEntityName == name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
