import Foundation
import LitGraphTestSupport
import Testing

/// `build` shows progress on standard error only when it is a terminal; `--jobs` is checked.
@Suite struct BuildProgressTests {
    @Test(
        "on a terminal, standard error shows a progress line rewritten in place, erased at the end",
        .enabled(if: CommandRunner.canUsePseudoTerminal))
    func progressOnATerminal() throws {
        let directory = try TemporaryDirectory()
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 300), to: "corpus.jsonl")
        let outcome = try CommandRunner.litgraph().runInTerminal(
            ["build", corpus, "--db", directory.path("g.sqlite"), "--jobs", "2"], errorOnTerminal: true)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("300 documents read ("))
        #expect(outcome.standardError.contains(" documents/s"), "a debug build takes seconds: some progress")
        #expect(!outcome.standardError.contains("\n"), "one line, rewritten with carriage returns")
        #expect(outcome.standardError.hasSuffix("\r\u{1B}[K"), "erased before the summary")
    }

    @Test("through a pipe, standard error stays empty")
    func noProgressThroughAPipe() throws {
        let directory = try TemporaryDirectory()
        let corpus = try directory.write(SyntheticCorpus.jsonLines(count: 60), to: "corpus.jsonl")
        let outcome = try CommandRunner.litgraph().run(["build", corpus, "--db", directory.path("g.sqlite")])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
    }

    @Test(arguments: ["0", "-2", "many"])
    func jobsMustBeAPositiveNumber(jobs: String) throws {
        let directory = try TemporaryDirectory()
        let outcome = try CommandRunner.litgraph().run([
            "build", CommandLineTests.example, "--db", directory.path("g.sqlite"), "--jobs", jobs,
        ])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("jobs"))
    }
}
