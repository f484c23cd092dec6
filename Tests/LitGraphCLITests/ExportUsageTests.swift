import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph export` usage mistakes: refused before any database is opened, with exit 64.
@Suite struct ExportUsageTests {
    /// Runs `litgraph export` on a database that does not exist: only usage checks can answer.
    func export(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner.litgraph().run(["export", "--db", "/nonexistent/graph.sqlite"] + arguments)
    }

    @Test(arguments: [["--format", "kgx"], ["--format", "neo4j", "-o", "-"], ["--format", "kgx-jsonl", "-o", "-"]])
    func multiFileFormatsRefuseStandardOutputInOneLine(arguments: [String]) throws {
        let outcome = try export(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput.isEmpty)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("writes several files; pass -o DIR") == true)
    }

    @Test(
        arguments: [
            ["--format", "sif", "--hops", "2"], ["--format", "sif", "--around", "oxytocin", "--hops", "-1"],
            ["--format", "pubtator", "--around", "oxytocin"],
        ])
    func aroundMistakesAreUsageErrors(arguments: [String]) throws {
        let outcome = try export(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("Error: "))
    }
}
