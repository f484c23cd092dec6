import Foundation
import LitGraphModel
import LitGraphStore
import LitGraphTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `litgraph build` stopped by SIGINT or SIGTERM, run as a user runs it: it exits with 130 or 143
/// and one line saying how far it got, the database holds whole commit groups and passes
/// `PRAGMA integrity_check`, and the same command run again ends with the database of an
/// uninterrupted build.
@Suite struct BuildSignalTests {
    /// Documents per commit group (`build --commit-interval`), so that a small corpus has many.
    static let interval = 50
    /// 600 made-up abstracts with distinct identifiers: about two seconds of a debug build.
    static let corpus = SyntheticCorpus.jsonLines(count: 600, repeatEvery: 10_000)

    static func arguments(_ input: String, database: String, jobs: Int) -> [String] {
        ["build", input, "--db", database, "--jobs", "\(jobs)", "--commit-interval", "\(interval)"]
    }

    /// The documents committed in the database at `path` (0 while it cannot be opened yet).
    static func storedDocuments(_ path: String) -> Int {
        (try? GraphStore(path: path, mode: .readOnly).statistics().documents) ?? 0
    }

    /// The line a build stopped after `read` documents, `stored` of them committed, prints.
    static func message(read: String, stored: Int) -> String {
        "litgraph: interrupted after \(read) documents (\(stored) stored in this run); "
            + "run the same command again to resume: stored documents are skipped\n"
    }

    @Test(arguments: [1, 2])
    func aSignalledBuildKeepsWholeGroupsAndTheSameCommandResumesIt(jobs: Int) throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.corpus, to: "corpus.jsonl")
        let litgraph = try CommandRunner.litgraph()
        let command = Self.arguments("corpus.jsonl", database: "graph.sqlite", jobs: jobs)
        let reference = try litgraph.run(
            Self.arguments("corpus.jsonl", database: "reference.sqlite", jobs: jobs), in: directory.url)
        #expect(reference.status == 0, "\(reference.standardError)")

        // SIGINT, then SIGTERM on the resumed build, each once two more groups are committed.
        var stored = 0
        for (signal, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            let before = stored
            let build = try RunningBuild(litgraph, command, in: directory.url)
            let committed = build.wait { Self.storedDocuments(directory.path("graph.sqlite")) >= before + 100 }
            try #require(committed, "no two groups committed: \(build.finish(within: 1)?.error ?? "")")
            build.send(signal)
            let outcome = try #require(build.finish(within: 15), "no exit 15 s after signal \(signal)")
            #expect(outcome.status == status)
            stored = Self.storedDocuments(directory.path("graph.sqlite"))
            #expect(stored % Self.interval == 0 && stored >= before + 100 && stored < 600)
            let read = outcome.error.firstMatch(of: /interrupted after ([0-9,]+) documents/).map { String($0.1) } ?? ""
            #expect(outcome.error == Self.message(read: read, stored: stored - before))
            #expect(try DatabaseDump.integrityCheck(of: directory.path("graph.sqlite")) == ["ok"])
        }

        // Exactly what a build of the first `stored` documents writes (same path, another folder).
        let prefix = directory.url.appending(path: "prefix")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        let lines = Self.corpus.split(separator: "\n").prefix(stored)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: prefix.appending(path: "corpus.jsonl"))
        _ = try litgraph.run(command, in: prefix)
        ParallelBuildTests.expectSameTables(
            try DatabaseDump.rows(of: prefix.appending(path: "graph.sqlite").path),
            try DatabaseDump.rows(of: directory.path("graph.sqlite")))

        let rerun = try litgraph.run(command, in: directory.url)
        #expect(rerun.status == 0)
        #expect(
            rerun.standardOutput.hasPrefix(
                "600 documents read (\(600 - stored) added, 0 replaced, \(stored) unchanged)"))
        ParallelBuildTests.expectSameTables(
            try DatabaseDump.rows(of: directory.path("reference.sqlite")),
            try DatabaseDump.rows(of: directory.path("graph.sqlite")))
    }

    @Test func aBuildWaitingOnStandardInputStopsPromptly() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let build = try RunningBuild(
            try CommandRunner.litgraph(), Self.arguments("-", database: "graph.sqlite", jobs: 2), in: directory.url)
        // The corpus, and the pipe left open: the reader waits in read() for the rest of a chunk.
        build.input.fileHandleForWriting.write(Data(Self.corpus.utf8))
        var stored = 0
        var unchangedSince = ContinuousClock.now
        let idle = build.wait {
            let now = Self.storedDocuments(database)
            if now != stored { (stored, unchangedSince) = (now, .now) }
            return stored >= Self.interval && ContinuousClock.now - unchangedSince > .seconds(1)
        }
        try #require(idle, "the build did not commit and wait: \(build.finish(within: 1)?.error ?? "")")
        let signalled = ContinuousClock.now
        build.send(SIGINT)
        let outcome = try #require(build.finish(within: 15), "no exit 15 s after SIGINT")
        #expect(ContinuousClock.now - signalled < .seconds(5))
        #expect(outcome.status == 130)
        #expect(Self.storedDocuments(database) == stored)
        let read = outcome.error.firstMatch(of: /interrupted after ([0-9,]+) documents/).map { String($0.1) } ?? ""
        #expect(outcome.error == Self.message(read: read, stored: stored))
        #expect(try DatabaseDump.integrityCheck(of: database) == ["ok"])
        try build.input.fileHandleForWriting.close()
    }

    @Test func aSecondSignalWhileTheBuildStopsEndsItAtOnce() throws {
        let directory = try TemporaryDirectory()
        let build = try RunningBuild(
            try CommandRunner.litgraph(), Self.arguments("-", database: "graph.sqlite", jobs: 2), in: directory.url)
        // Nothing on standard input: the reader waits in read(), and a stopping build waits up to a
        // second for it, when the second signal comes.
        let started = build.wait { FileManager.default.fileExists(atPath: directory.path("graph.sqlite")) }
        try #require(started, "the build did not start: \(build.finish(within: 1)?.error ?? "")")
        usleep(300_000)
        build.send(SIGINT)
        usleep(200_000)
        build.send(SIGINT)
        let outcome = try #require(build.finish(within: 15), "no exit 15 s after two SIGINTs")
        #expect(outcome.status == 130)
        #expect(outcome.error == "litgraph: stopped at once; the groups committed before are kept\n")
        #expect(try DatabaseDump.integrityCheck(of: directory.path("graph.sqlite")) == ["ok"])
        try build.input.fileHandleForWriting.close()
    }
}

/// A `litgraph` process running in the background, for sending it signals.
final class RunningBuild {
    let process = Process()
    let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()

    init(_ runner: CommandRunner, _ arguments: [String], in directory: URL) throws {
        process.executableURL = runner.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Polls `condition` every 10 ms while the process runs, for at most `seconds`; whether it held.
    func wait(seconds: Double = 20, until condition: () -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while process.isRunning, Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// The exit status and standard error once the process ends within `seconds`; `nil` (and the
    /// process killed) otherwise.
    func finish(within seconds: Double) -> (status: Int32, error: String)? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = output.fileHandleForReading.readDataToEndOfFile()
        return (process.terminationStatus, text)
    }
}
