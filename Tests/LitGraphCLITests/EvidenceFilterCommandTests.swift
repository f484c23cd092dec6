import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph conflicts`, the evidence filters of `query` and `export`, and `build --keep-generic`,
/// run as a user runs them, on ``BeliefCorpus``, a small corpus written for the purpose.
@Suite struct EvidenceFilterCommandTests {
    let directory: TemporaryDirectory
    let litgraph: CommandRunner
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        litgraph = try CommandRunner.litgraph()
        database = directory.path("graph.sqlite")
    }

    /// Imports a vocabulary naming "Disease", then builds the corpus, with `extra` arguments.
    func build(_ extra: [String] = [], database: String? = nil) throws {
        let target = database ?? self.database
        let paths = try BeliefCorpus.write(into: directory)
        let imported = try litgraph.run(["lexicon", "import", paths.vocabulary, "--db", target])
        #expect(imported.status == 0, "\(imported.standardError)")
        let built = try litgraph.run(["build", paths.corpus, "--db", target] + extra)
        #expect(built.status == 0, "\(built.standardError)")
    }

    /// The object names and polarities `query oxytocin` prints with `arguments`.
    func queried(_ arguments: [String]) throws -> [String] {
        let outcome = try litgraph.run(["query", "oxytocin", "--db", database, "--format", "tsv"] + arguments)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return outcome.standardOutput.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return "\(cells[5]) \(cells[3]) \(cells[10])"
        }.sorted()
    }

    @Test func conflictsListsBothSidesAsTSVAndJSON() throws {
        try build()
        let tsv = try litgraph.run(["conflicts", "--db", database, "--format", "tsv"])
        #expect(tsv.status == 0, "\(tsv.standardError)")
        let lines = tsv.standardOutput.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.first?.hasPrefix("conflict\tkind\tsubject\tsubject_name\tobject\tobject_name\tside\t") == true)
        let json = try litgraph.run(["conflicts", "--db", database, "--format", "json"])
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["side"] as? String } == ["positive", "negative", "stated", "negated"])
        #expect(rows.map { $0["document"] as? String } == ["1002", "1001", "1001", "1003"])
        #expect(rows.map { $0["negated"] as? Bool } == [false, false, false, true])
        #expect(rows.allSatisfy { $0["object"] as? String == "MESH:D001008" })
        #expect((rows.last?["sentence"] as? String) == "Oxytocin did not reduce anxiety in this cohort.")
    }

    @Test func queryAndExportApplyTheSameFilters() throws {
        try build()
        #expect(
            try queried([])
                == [
                    "anxiety negative 0.21", "anxiety positive 0.7", "cortisol negative 0.805",
                    "social behavior positive 0.91",
                ])
        #expect(try queried(["--min-belief", "0.8"]) == ["cortisol negative 0.805", "social behavior positive 0.91"])
        #expect(
            try queried(["--min-evidence", "2", "--exclude-hedged"]) == [
                "anxiety negative 0.21", "social behavior positive 0.91",
            ])
        #expect(try queried(["--exclude-hedged"]).contains("cortisol negative 0.7"))
        let export = try litgraph.run(["export", "--db", database, "--format", "json", "--min-belief", "0.8"])
        #expect(export.status == 0, "\(export.standardError)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any])
        let edges = try #require(document["edges"] as? [[String: Any]])
        #expect(edges.map { $0["belief"] as? Double } == [0.805, 0.91])
        #expect((document["nodes"] as? [Any])?.count == 3)
    }

    @Test(arguments: [["--min-belief", "1.5"], ["--min-evidence", "0"]])
    func badThresholdsAreUsageErrors(_ arguments: [String]) throws {
        try build()
        let outcome = try litgraph.run(["query", "oxytocin", "--db", database] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(arguments[0]))
    }

    @Test func buildLeavesGenericConceptsOutUnlessAsked() throws {
        try build()
        let kept = directory.path("kept.sqlite")
        try build(["--keep-generic"], database: kept)
        func relations(_ path: String) throws -> String {
            try litgraph.run(["evidence", "cortisol", "MESH:D004194", "--db", path, "--format", "tsv"]).standardOutput
        }
        #expect(try relations(database).split(separator: "\n").count == 1)
        #expect(try relations(kept).contains("Cortisol increased the disease."))
    }
}
