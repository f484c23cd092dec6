import Foundation
import LitGraphTestSupport
import Testing

/// What reaches a terminal, a pipe and a pipe closed early: the default format, colour and
/// `NO_COLOR`, and quiet ends.
@Suite struct TerminalOutputTests {
    static let escape = "\u{1B}["

    let built: CommandLineTests.BuiltExample

    init() throws {
        built = try CommandLineTests.BuiltExample()
    }

    @Test(
        "on a terminal: a table, coloured unless NO_COLOR is set (not empty) or TERM is dumb; --color decides over both",
        .enabled(if: CommandRunner.canUsePseudoTerminal),
        arguments: [
            ([String: String?](), [String](), true),
            (["NO_COLOR": "1"], [], false),
            (["NO_COLOR": ""], [], true),
            (["TERM": "dumb"], [], false),
            (["NO_COLOR": "1"], ["--color", "always"], true),
            ([:], ["--color", "never"], false),
        ])
    func terminal(_ environment: [String: String?], _ flags: [String], _ coloured: Bool) throws {
        var variables: [String: String?] = ["NO_COLOR": nil, "TERM": "xterm-256color"]
        variables.merge(environment) { $1 }
        let outcome = try built.litgraph.runInTerminal(
            ["query", "oxytocin", "--db", built.database] + flags, environment: variables)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let plain = outcome.standardOutput.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        let header = plain.prefix { $0 != "\n" }.split(separator: " ").prefix(3)
        #expect(header == ["subject", "subject_name", "predicate"], "a table by default on a terminal")
        #expect(outcome.standardOutput.contains(Self.escape) == coloured)
    }

    @Test("piped: TSV without colour; --color always colours only tables")
    func piped() throws {
        let plain = try built.litgraph.run(["query", "oxytocin", "--db", built.database, "--color", "always"])
        #expect(
            plain.standardOutput.hasPrefix("subject\tsubject_name\t") && !plain.standardOutput.contains(Self.escape))
        let table = try built.litgraph.run([
            "query", "oxytocin", "--db", built.database, "--format", "table", "--color", "always",
        ])
        #expect(table.standardOutput.hasPrefix(Self.escape + "1msubject"))
    }

    @Test("a pipe closed after the first line (| head -1) ends litgraph quietly with status 0")
    func closedPipe() throws {
        let directory = try TemporaryDirectory()
        let records = (1...1000).map { index in
            #"{"id": "\#(index)", "title": "Trust study \#(index)", "abstract": "Oxytocin increases trust in group \#(index)."}"#
        }
        let input = try directory.write(records.joined(separator: "\n") + "\n", to: "many.jsonl")
        let database = directory.path("many.sqlite")
        let build = try built.litgraph.run(["build", input, "--db", database])
        #expect(build.status == 0, "\(build.standardError)")
        let full = try built.litgraph.run(["evidence", "oxytocin", "trust", "--db", database])
        #expect(full.standardOutput.utf8.count > 100_000, "more than a pipe holds (64 KiB)")
        let shell = Process()
        shell.executableURL = URL(filePath: "/bin/bash")
        shell.arguments = [
            "-c", #"set -o pipefail; "$0" evidence oxytocin trust --db "$1" | head -1; echo "status=$?" >&2"#,
            built.litgraph.executable.path, database,
        ]
        let output = Pipe()
        let error = Pipe()
        shell.standardOutput = output
        shell.standardError = error
        try shell.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let messages = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(printed.hasPrefix("document\tsentence_index\t") && printed.filter { $0 == "\n" }.count == 1)
        #expect(messages == "status=0\n", "no message from litgraph, and status 0 through pipefail")
    }
}
