import Foundation
import LitGraphTestSupport
import Testing

/// The `litgraph` binary, run as a user runs it: output, errors and exit codes.
@Suite struct CommandLineTests {
    static let example = PackagePaths.package("Examples/oxytocin-resilience/abstract.txt").path

    /// A temporary folder with the example built into `graph.sqlite`.
    struct BuiltExample {
        let directory: TemporaryDirectory
        let database: String
        let litgraph: CommandRunner

        init() throws {
            directory = try TemporaryDirectory()
            database = directory.path("graph.sqlite")
            litgraph = try CommandRunner.litgraph()
            let outcome = try litgraph.run(["build", CommandLineTests.example, "--db", database])
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }
    }

    @Test func buildPrintsAOneLineSummary() throws {
        let directory = try TemporaryDirectory()
        let outcome = try CommandRunner.litgraph().run(["build", Self.example, "--db", directory.path("g.sqlite")])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(
            lines.first?.hasPrefix(
                "1 documents read (1 added, 0 replaced, 0 unchanged); graph: 1 documents, 9 sentences") == true)
    }

    @Test func buildWithTimingsPrintsOneLineOfStagesOnStandardError() throws {
        let directory = try TemporaryDirectory()
        let outcome = try CommandRunner.litgraph().run([
            "build", Self.example, "--db", directory.path("g.sqlite"), "--timings",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.split(separator: "\n").count == 1)
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 1)
        let fields = lines.first?.split(separator: " ").dropFirst().map { $0.split(separator: "=").first ?? "" }
        #expect(lines.first?.hasPrefix("timings: ") == true)
        #expect(fields == ["load", "read", "annotate", "extract", "store"])
    }

    @Test func queryPrintsRelationsAsTSVWithAHeader() throws {
        let built = try BuiltExample()
        let outcome = try built.litgraph.run(["query", "oxytocin", "--db", built.database, "--direction", "out"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "subject\tsubject_name\tpredicate\tpolarity\tobject\tobject_name\tevidence\tdocuments\tnegated\thedged"
                + "\tbelief\tfirst_year\tlast_year"
        )
        #expect(
            lines.contains(
                "MESH:D010121\toxytocin\tregulates\tunknown\tMESH:D055500\tpsychological resilience\t2\t1\t0\t0"
                    + "\t0.91\t\t"))
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 13 })
    }

    @Test func queryAcceptsIdentifiersAndFiltersByPredicateFamily() throws {
        let built = try BuiltExample()
        let outcome = try built.litgraph.run([
            "query", "MESH:D055500", "--db", built.database, "--direction", "in", "--predicate", "regulates",
            "--format", "json",
        ])
        #expect(outcome.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]]
        let subjects = Set((rows ?? []).compactMap { $0["subject_name"] as? String })
        #expect(subjects == ["oxytocin", "oxytocin receptor", "breast cancer", "psychotherapy", "behavioral measures"])
    }

    @Test func evidenceShowsTheSentencesBehindAnEdge() throws {
        let built = try BuiltExample()
        let outcome = try built.litgraph.run([
            "evidence", "oxytocin", "social behavior", "--db", built.database, "--format", "json",
        ])
        #expect(outcome.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        let sentence = rows?.first?["sentence"] as? String
        #expect(sentence?.hasPrefix("Oxytocin, through its direct interaction") == true)
        #expect(rows?.first?["document"] as? String == "abstract")
        #expect(rows?.first?["trigger"] as? String == "impact")
    }

    @Test func statsAsJSON() throws {
        let built = try BuiltExample()
        let outcome = try built.litgraph.run(["stats", "--db", built.database, "--format", "json"])
        #expect(outcome.status == 0)
        let stats = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Int]
        #expect(stats?["documents"] == 1)
        #expect(stats?["sentences"] == 9)
        #expect((stats?["relations"] ?? 0) >= 15)
    }

    @Test func exportWritesDOTAndJSON() throws {
        let built = try BuiltExample()
        let dotPath = built.directory.path("out.dot")
        let dot = try built.litgraph.run(["export", "--db", built.database, "--format", "dot", "-o", dotPath])
        #expect(dot.status == 0 && dot.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: dotPath, encoding: .utf8).contains("digraph \"graph\""))
        let json = try built.litgraph.run(["export", "--db", built.database, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["edges"] as? [Any])?.count == (object?["links"] as? [Any])?.count)
    }

    @Test func readsStandardInput() throws {
        let directory = try TemporaryDirectory()
        let text = "Oxytocin and trust\n\nPMID: 123\n\nOxytocin increases trust.\n"
        let litgraph = try CommandRunner.litgraph()
        let build = try litgraph.run(["build", "-", "--db", directory.path("g.sqlite")], input: Data(text.utf8))
        #expect(build.status == 0, "\(build.standardError)")
        let query = try litgraph.run(["evidence", "oxytocin", "trust", "--db", directory.path("g.sqlite")])
        #expect(query.standardOutput.contains("123\t1\toxytocin\tpositively_regulates"))
        #expect(query.standardOutput.contains("https://pubmed.ncbi.nlm.nih.gov/123/"))
    }

    /// Each failure: the exit code and a fragment of the single line on standard error.
    @Test(arguments: [
        (["build", "/nonexistent/a.xml", "--db", "DB"], Int32(66), "/nonexistent/a.xml: no such file"),
        (
            ["query", "oxytocin", "--db", "/nonexistent/g.sqlite"], Int32(66),
            "no graph database at /nonexistent/g.sqlite"
        ),
        (["query", "unobtainium", "--db", "DB"], Int32(1), "no entity named or identified as \"unobtainium\""),
        (["build", "NOTES", "--db", "NOTES"], Int32(65), "is not a LitGraph database"),
    ])
    func failuresEndInOneLineAndAnExitCode(_ example: ([String], Int32, String)) throws {
        let built = try BuiltExample()
        let notes = try built.directory.write("lab notes\n", to: "notes.txt")
        let arguments = example.0.map { $0 == "DB" ? built.database : $0 == "NOTES" ? notes : $0 }
        let outcome = try built.litgraph.run(arguments)
        #expect(outcome.status == example.1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("litgraph: "))
        #expect(outcome.standardError.contains(example.2), "\(outcome.standardError)")
        #expect(outcome.standardError.filter { $0 == "\n" }.count == 1)
    }

    @Test func usageErrorsExitWith64() throws {
        let outcome = try CommandRunner.litgraph().run(["build", Self.example])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--db"))
    }
}
