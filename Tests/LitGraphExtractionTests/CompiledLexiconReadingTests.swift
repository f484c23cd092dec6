import Foundation
import LitGraphExtraction
import LitGraphModel
import Testing

/// Lines, fields and categories of a compiled lexicon as the reader finds them, well-formed or not.
@Suite struct CompiledLexiconReadingTests {
    static let header = "litgraph-lexicon\t1\t4\t5\t1\t2"

    static func load(_ lines: [String], trailingNewline: Bool = true) throws -> Lexicon {
        let text = ([header] + lines).joined(separator: "\n") + (trailingNewline ? "\n" : "")
        return try Lexicon(compiled: Data(text.utf8), source: "compiled")
    }

    static let entities = [
        "MESH:D1\toxytocin\tchemical\toxytocin|pitocin\tOXT", "MESH:D2\tdepression\tdisease\tdepression\t",
        "MESH:D3\tcortisol\tchemical\tcortisol|hydrocortisone\t", "MESH:D4\tbreast cancer\tdisease\tbreast cancer\t",
    ]

    @Test("entities, their categories and keys are read from every line, the last one with or without a line feed")
    func wellFormedLines() throws {
        for trailingNewline in [true, false] {
            let lexicon = try Self.load(Self.entities, trailingNewline: trailingNewline)
            #expect(lexicon.entities.map(\.id) == ["MESH:D1", "MESH:D2", "MESH:D3", "MESH:D4"])
            #expect(lexicon.entities.map(\.category) == [.chemical, .disease, .chemical, .disease])
            #expect(lexicon.entity(named: "pitocin")?.id == "MESH:D1")
            #expect(lexicon.entity(named: "OXT")?.id == "MESH:D1")
            #expect(lexicon.entity(named: "hydrocortisone")?.id == "MESH:D3")
            #expect(lexicon.entity(named: "breast cancer")?.id == "MESH:D4")
        }
    }

    @Test(
        "a line without exactly five fields, or with an unknown category, is refused with its line number",
        arguments: [
            ("MESH:D9\tx\tchemical\tx", "compiled:6: expected 5 tab-separated fields, found 4"),
            ("MESH:D9\tx\tchemical\tx\t\t", "compiled:6: expected 5 tab-separated fields, found 6"),
            ("MESH:D9", "compiled:6: expected 5 tab-separated fields, found 1"),
            ("\t\t\t\t\t\t", "compiled:6: expected 5 tab-separated fields, found 7"),
            ("MESH:D9\tx\tchemica\tx\t", "compiled:6: unknown category 'chemica'"),
            ("MESH:D9\tx\tchemicals\tx\t", "compiled:6: unknown category 'chemicals'"),
            ("MESH:D9\tx\tdiseasf\tx\t", "compiled:6: unknown category 'diseasf'"),
            ("MESH:D9\tx\t\tx\t", "compiled:6: unknown category ''"),
        ])
    func malformedLines(line: String, message: String) {
        do {
            _ = try Self.load(Self.entities + [line])
            Issue.record("the line was accepted: \(line)")
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
        }
    }
}
