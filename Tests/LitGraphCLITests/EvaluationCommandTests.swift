import Foundation
import LitGraphReaders
import LitGraphTestSupport
import Testing

/// `litgraph eval ner` and `litgraph export --format pubtator`, run as a user runs them.
@Suite struct EvaluationCommandTests {
    static let example = PackagePaths.package("Examples/oxytocin-resilience/abstract.txt").path
    static let pubTatorExample = PackagePaths.shared("docs/format-examples/pubtator_min.txt").path
    /// Whether the readers can read PubTator yet (they land on another branch).
    static let readsPubTator = InputFormat(rawValue: "pubtator") != nil

    @Test func exportWritesPubTator() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("g.sqlite")
        let litgraph = try CommandRunner.litgraph()
        #expect(try litgraph.run(["build", Self.example, "--db", database]).status == 0)
        let outcome = try litgraph.run(["export", "--db", database, "--format", "pubtator"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        #expect(outcome.standardOutput.hasPrefix("abstract|t|The role of the oxytocin system"))
        #expect(outcome.standardOutput.contains("\nabstract\tBind\tMESH:D010121\t5021\n"))
        let file = directory.path("out.pubtator")
        #expect(try litgraph.run(["export", "--db", database, "--format", "pubtator", "-o", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == outcome.standardOutput)
    }

    @Test func evalRefusesAFileWithoutAnnotations() throws {
        let outcome = try CommandRunner.litgraph().run(["eval", "ner", "--gold", Self.example])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("carries entity annotations; pass a PubTator or BioC file") == true)
    }

    @Test func evalReportsAMissingGoldFile() throws {
        let outcome = try CommandRunner.litgraph().run(["eval", "ner", "--gold", "/nonexistent/gold.txt"])
        #expect(outcome.status == 66)
        #expect(outcome.standardError.contains("/nonexistent/gold.txt"))
    }

    @Test(.enabled(if: readsPubTator && PackagePaths.hasShared))
    func evalPrintsFiguresAsJSON() throws {
        let outcome = try CommandRunner.litgraph().run([
            "eval", "ner", "--gold", Self.pubTatorExample, "--format", "json",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["documents"] as? Int == 1)
        let rows = object?["rows"] as? [[String: Any]] ?? []
        #expect(rows.contains { $0["level"] as? String == "document" && $0["type"] as? String == "all" })
    }
}
