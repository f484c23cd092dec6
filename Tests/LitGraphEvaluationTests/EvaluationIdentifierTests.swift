import LitGraphEvaluation
import Testing

@Suite("Identifier normalisation")
struct EvaluationIdentifierTests {
    @Test(
        "identifiers compare without vocabulary prefixes or case",
        arguments: [
            ("MESH:D001943", ["D001943"]),
            ("mesh:D001943", ["D001943"]),
            ("D001943", ["D001943"]),
            ("NCBIGene:5021", ["5021"]),
            ("5021", ["5021"]),
            ("NCBITaxon:9606", ["9606"]),
            ("HP:0000729", ["HP:0000729"]),
            ("CVCL_0224", ["CVCL_0224"]),
            (" D008094 ", ["D008094"]),
        ])
    func prefixes(raw: String, expected: [String]) {
        #expect(EvaluationIdentifier.normalized(raw) == expected)
    }

    @Test(
        "composite identifiers split; variant identifiers stay whole; no-identifier markers vanish",
        arguments: [
            ("D007674|D008107", ["D007674", "D008107"]),
            ("D004409,D006948", ["D004409", "D006948"]),
            ("MESH:D1;MESH:D2", ["D1", "D2"]),
            ("D1|D1", ["D1"]),
            ("p|SUB|R|215|W", ["P|SUB|R|215|W"]),
            ("c|DEL|1314_1328|", ["C|DEL|1314_1328|"]),
            ("rs113488022", ["RS113488022"]),
            ("-1", []),
            ("-", []),
            ("MESH:-1", []),
            ("MESH:-", []),
            ("", []),
        ])
    func composites(raw: String, expected: [String]) {
        #expect(EvaluationIdentifier.normalized(raw) == expected)
    }
}
