import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph eval relations`, run as a user runs it.
@Suite struct RelationEvaluationCommandTests {
    static let example = PackagePaths.package("Examples/oxytocin-resilience/abstract.txt").path
    static let corpus = """
        1|t|Oxytocin reduced corticosterone.
        1|a|Fever was reported.
        1\t0\t8\tOxytocin\tChemical\tMESH:D010121
        1\t17\t31\tcorticosterone\tChemical\tMESH:D003345
        1\t33\t38\tFever\tDisease\tMESH:D005334
        1\tNegative_Correlation\tMESH:D010121\tMESH:D003345\tNovel

        """

    @Test func printsATableWithAHeader() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(Self.corpus, to: "corpus.pubtator")
        let outcome = try CommandRunner.litgraph().run(["eval", "relations", "--gold", path, "--format", "table"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "measure type tp fp fn precision recall f1 accuracy")
        #expect(lines.contains { $0.hasPrefix("pair ") && $0.contains("1.0000") })
    }

    @Test func printsJSONForTheBaselineWithLexiconEntities() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(Self.corpus, to: "corpus.pubtator")
        let outcome = try CommandRunner.litgraph().run([
            "eval", "relations", "--gold", path, "--ner", "lexicon", "--baseline", "cooccurrence", "--format", "json",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["documents"] as? Int == 1)
        let rows = object?["rows"] as? [[String: Any]] ?? []
        let pairs = rows.first { $0["measure"] as? String == "pair" && $0["type"] as? String == "all" }
        #expect(pairs?["tp"] as? Int == 1)
        #expect(rows.contains { $0["measure"] as? String == "polarity" && $0["accuracy"] as? Double == 0 })
    }

    @Test func refusesAFileWithoutRelations() throws {
        let outcome = try CommandRunner.litgraph().run(["eval", "relations", "--gold", Self.example])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("carries relations; pass a PubTator or BioC file with relation lines") == true)
    }

    @Test func rejectsAnUnknownBaseline() throws {
        let outcome = try CommandRunner.litgraph().run(["eval", "relations", "--gold", Self.example, "--baseline", "x"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--baseline"))
    }
}
