import Foundation
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Faults around the database, run as a user meets them.
///
/// Another build writing it, a full disk (SQLite's page limit, or the process's file size limit),
/// and read-only locations: each ends with one line naming the database and the fix, and the
/// stored graph intact.
@Suite struct StorageFaultCommandTests {
    let built: BuiltExampleCopy

    init() throws {
        built = try BuiltExampleCopy()
    }

    /// A JSON Lines corpus of `count` synthetic abstracts in the test's folder.
    func corpus(count: Int) throws -> String {
        try built.directory.write(SyntheticCorpus.jsonLines(count: count), to: "corpus.jsonl")
    }

    /// Expects the database to be as the example build left it: same bytes, `check` passes.
    func expectIntact(_ before: Data) throws {
        #expect(try Data(contentsOf: URL(fileURLWithPath: built.database)) == before)
        let check = try built.litgraph.run(["check", "--db", built.database])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    @Test(
        "a second build waits --wait seconds for the one writing, then fails in one line with 75; readers see the last commit"
    )
    func concurrentBuild() throws {
        let input = try corpus(count: 5)
        let stats = try built.litgraph.run(["stats", "--db", built.database, "--format", "tsv"])
        let query = try built.litgraph.run(["query", "oxytocin", "--db", built.database, "--format", "tsv"])
        let holder = try GraphStore(path: built.database, mode: .readWrite)
        try holder.transaction {
            let document = AnnotatedDocumentBuilder(
                id: "held", title: "Oxytocin reduces anxiety", abstractSentences: ["Oxytocin reduces anxiety."])
            try holder.write([document.annotated])
            let start = ContinuousClock.now
            let outcome = try built.litgraph.run(["build", input, "--db", built.database, "--wait", "1"])
            let elapsed = ContinuousClock.now - start
            #expect(outcome.status == 75)
            #expect(
                outcome.standardError
                    == "litgraph: \(built.database) is being written by another litgraph build (still locked after "
                    + "waiting 1 s); wait for it to finish and run again, or pass a longer --wait\n")
            #expect(elapsed >= .seconds(1) && elapsed < .seconds(60))
            // During the open transaction, queries answer from the last commit.
            #expect(
                try built.litgraph.run(["stats", "--db", built.database, "--format", "tsv"]).standardOutput
                    == stats.standardOutput)
            #expect(
                try built.litgraph.run(["query", "oxytocin", "--db", built.database, "--format", "tsv"]).standardOutput
                    == query.standardOutput)
        }
        let after = try built.litgraph.run(["build", input, "--db", built.database, "--wait", "1"])
        #expect(after.status == 0, "\(after.standardError)")
    }

    @Test(
        "a build that fills the disk (SQLite's page limit) fails in one line naming the database; the file is unchanged"
    )
    func diskFull() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: built.database))
        let outcome = try built.litgraph.run(
            ["build", try corpus(count: 300), "--db", built.database],
            environment: ["LITGRAPH_TESTING_MAX_PAGE_COUNT": "\(before.count / 4096)"])
        #expect(outcome.status == 74)
        #expect(
            outcome.standardError
                == "litgraph: the disk holding \(built.database) is full; the last transaction was rolled back and "
                + "everything stored before it is intact — free some space (or move the database with --db) and "
                + "run the command again\n")
        try expectIntact(before)
    }

    @Test(
        "a build past the file size limit (ulimit -f) fails in one line naming the database; the file is unchanged",
        arguments: ["trap '' XFSZ; ", ""])
    func fileSizeLimit(_ shellPrefix: String) throws {
        // With or without the shell ignoring SIGXFSZ: litgraph build ignores it itself.
        let before = try Data(contentsOf: URL(fileURLWithPath: built.database))
        let litgraph = built.litgraph.executable.path
        let outcome = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", shellPrefix + "ulimit -f 64; exec \"$0\" \"$@\"", litgraph, "build", try corpus(count: 300),
                "--db", built.database,
            ])
        #expect(outcome.status == 74)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(
            outcome.standardError.hasPrefix("litgraph: I/O error on \(built.database) (disk I/O error: File too large)")
        )
        #expect(outcome.standardError.contains("ulimit -f"))
        try expectIntact(before)
    }

    @Test(
        "read-only locations: a new database in a read-only folder, a database there, and a read-only file",
        .enabled(if: ChildProcess.canRunUnprivileged, "as root, needs setpriv to run litgraph as nobody"))
    func readOnlyLocations() throws {
        let files = FileManager.default
        let input = try corpus(count: 5)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: built.directory.url.path)
        try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: input)
        let folder = built.directory.path("read-only")
        try files.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let database = folder + "/graph.sqlite"
        try files.copyItem(atPath: built.database, toPath: database)
        try files.setAttributes([.posixPermissions: 0o666], ofItemAtPath: database)
        try files.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        let fresh = try ChildProcess.litgraphUnprivileged(["build", input, "--db", folder + "/new.sqlite"])
        #expect(fresh.status == 74)
        #expect(
            fresh.standardError
                == "litgraph: cannot open \(folder)/new.sqlite: unable to open database file; check that its directory "
                + "exists and is writable, or pass another --db path\n")

        let notWritable =
            "litgraph: \(database) is not writable (it or its folder is read-only); nothing was changed — check the "
            + "permissions (chmod u+w) or pass another --db path\n"
        let inFolder = try ChildProcess.litgraphUnprivileged(["build", input, "--db", database])
        #expect(inFolder.status == 74)
        #expect(inFolder.standardError == notWritable)
        // Reading still works there.
        let stats = try ChildProcess.litgraphUnprivileged(["stats", "--db", database, "--format", "tsv"])
        #expect(stats.status == 0 && stats.standardOutput.hasSuffix("\n1\t9\t15\t20\t21\n"), "\(stats.standardError)")

        try files.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        let readOnlyFile = try ChildProcess.litgraphUnprivileged(["build", input, "--db", database])
        #expect(readOnlyFile.status == 74)
        #expect(readOnlyFile.standardError == notWritable)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
