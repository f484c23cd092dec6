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
}
