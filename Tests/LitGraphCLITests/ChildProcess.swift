import Foundation
import LitGraphTestSupport

/// Runs a program other than `litgraph` itself (python3 for raw SQL, `sh` for `ulimit`, `setpriv`
/// to drop root) and captures its output, for the reliability tests.
enum ChildProcess {
    /// What a run printed and how it ended.
    struct Outcome {
        var standardOutput: String
        var standardError: String
        var status: Int32
    }

    /// Runs `executable` with `arguments`, feeding `input` to its standard input.
    static func run(
        _ executable: String, _ arguments: [String], input: String = "", environment: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self), status: process.terminationStatus)
    }

    /// Runs `sql` on the SQLite file at `path` with python3's `sqlite3` module: raw SQL, foreign
    /// keys off, as any SQLite tool would change a database behind LitGraph's back.
    static func sqlite(_ sql: String, at path: String) throws {
        let script = """
            import sqlite3, sys
            connection = sqlite3.connect(sys.argv[1], isolation_level=None)
            connection.executescript(sys.stdin.read())
            connection.close()
            """
        let outcome = try run("/usr/bin/env", ["python3", "-c", script, path], input: sql)
        guard outcome.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: outcome.standardError])
        }
    }

    /// Whether python3 can be run (the raw-SQL tests need it).
    static let hasPython: Bool = (try? run("/usr/bin/env", ["python3", "-c", "import sqlite3"]).status) == 0

    /// Whether this process runs as root, which file permissions do not stop.
    static let isRoot = getuid() == 0

    /// `setpriv`, to run a command as `nobody` when the tests run as root.
    static let setpriv = "/usr/bin/setpriv"

    /// Whether a command can be run as a user that file permissions apply to: the test's own
    /// user, or `nobody` through `setpriv` when the tests run as root.
    static let canRunUnprivileged = !isRoot || FileManager.default.isExecutableFile(atPath: setpriv)

    /// Runs the built `litgraph` with `arguments` as a user file permissions apply to (see
    /// ``canRunUnprivileged``).
    static func litgraphUnprivileged(_ arguments: [String]) throws -> Outcome {
        let litgraph = try CommandRunner.litgraph().executable.path
        guard isRoot else { return try run(litgraph, arguments) }
        return try run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", litgraph] + arguments)
    }
}
