import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph check` and schema upgrades, run as a user runs them: on a database `litgraph build`
/// made, on copies changed with raw SQL (python3's `sqlite3`), truncated or of other versions.
@Suite(.enabled(if: ChildProcess.hasPython, "needs python3 with its sqlite3 module to change databases by hand"))
struct CheckCommandTests {
    let built: BuiltExampleCopy

    init() throws {
        built = try BuiltExampleCopy()
    }

    /// The 14 invariant names, in the order `check` prints them.
    static let invariants = [
        "sqlite-integrity", "foreign-keys", "schema-version", "relation-has-evidence", "evidence-relation",
        "evidence-sentence", "evidence-document", "relation-counts", "sentence-document", "mention-document",
        "entity-references", "entity-used", "sentence-index-rows", "sentence-index-integrity",
    ]

    /// The TSV rows of `check` as invariant → status, count and examples.
    static func rows(_ output: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in output.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows[cells[0]] = Array(cells[1...])
        }
        return rows
    }

    @Test("a database build made passes: one ok row per invariant, exit 0, the file unchanged")
    func clean() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: built.database))
        let outcome = try built.litgraph.run(["check", "--db", built.database, "--format", "tsv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "invariant\tstatus\tcount\texamples\tdescription")
        #expect(lines.dropFirst().map { String($0.prefix { $0 != "\t" }) } == Self.invariants)
        #expect(lines.dropFirst().allSatisfy { $0.contains("\tok\t0\t\t") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: built.database)) == before)

        let json = try built.litgraph.run(["check", "--db", built.database, "--format", "json"])
        let objects = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(objects?.count == 14 && objects?.allSatisfy { $0["status"] as? String == "ok" } == true)
    }

    @Test("wrong counts in a relation row: that invariant is violated with the relation named, exit 65")
    func violated() throws {
        try ChildProcess.sqlite("UPDATE relations SET evidence_count = 99 WHERE id = 3", at: built.database)
        let outcome = try built.litgraph.run(["check", "--db", built.database, "--format", "tsv"])
        #expect(outcome.status == 65)
        let rows = Self.rows(outcome.standardOutput)
        #expect(rows["relation-counts"]?.prefix(3) == ["violated", "1", "relation 3"])
        #expect(rows.filter { $0.value.first != "ok" }.keys.sorted() == ["relation-counts"])
        #expect(
            outcome.standardError
                == "litgraph: \(built.database): 1 invariant(s) violated (relation-counts); restore the database "
                + "from a backup or build it again into a new --db path\n")
    }

    @Test("an evidence row whose sentence is gone: evidence-sentence and foreign-keys, with the row named")
    func danglingEvidence() throws {
        try ChildProcess.sqlite("UPDATE evidence SET sentence_index = 42 WHERE id = 5", at: built.database)
        let outcome = try built.litgraph.run(["check", "--db", built.database, "--format", "tsv"])
        #expect(outcome.status == 65)
        let rows = Self.rows(outcome.standardOutput)
        #expect(rows.filter { $0.value.first != "ok" }.keys.sorted() == ["evidence-sentence", "foreign-keys"])
        #expect(rows["evidence-sentence"]?.prefix(3) == ["violated", "1", "evidence 5"])
    }

    @Test(
        "a truncated or garbage file is one line on standard error, exit 65, no crash",
        arguments: ["truncated", "garbage"])
    func unreadable(_ kind: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: built.database))
        let broken =
            kind == "truncated"
            ? data.prefix(data.count / 4) : Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 * 7) })
        try broken.write(to: URL(fileURLWithPath: built.database))
        let outcome = try built.litgraph.run(["check", "--db", built.database])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.hasPrefix("litgraph: \(built.database) is "))
    }

    /// Turns the built (version 7) database into what version 6 wrote: the sentence triggers back,
    /// the last migration unrecorded.
    func downgradeToVersionSix() throws {
        try ChildProcess.sqlite(
            """
            CREATE TRIGGER sentences_search_insert AFTER INSERT ON sentences BEGIN
                INSERT INTO sentence_keys (document_id, idx) VALUES (new.document_id, new.idx);
                INSERT INTO sentence_search (rowid, text) VALUES (last_insert_rowid(), new.text);
            END;
            CREATE TRIGGER sentences_search_delete AFTER DELETE ON sentences BEGIN
                INSERT INTO sentence_search (sentence_search, rowid, text)
                    SELECT 'delete', id, old.text FROM sentence_keys WHERE document_id = old.document_id AND idx = old.idx;
                DELETE FROM sentence_keys WHERE document_id = old.document_id AND idx = old.idx;
            END;
            DELETE FROM litgraph_migrations WHERE version = 7;
            PRAGMA user_version = 6;
            """, at: built.database)
    }

    @Test("the first command after an upgrade may be a query: it backs the file up, migrates it and answers")
    func upgradeOnQuery() throws {
        let expected = try built.litgraph.run(["query", "oxytocin", "--db", built.database, "--format", "tsv"])
        try downgradeToVersionSix()
        let old = try Data(contentsOf: URL(fileURLWithPath: built.database))
        let outcome = try built.litgraph.run(["query", "oxytocin", "--db", built.database, "--format", "tsv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == expected.standardOutput)
        let backup = built.database + ".v6.bak"
        #expect(
            outcome.standardError
                == "litgraph: upgraded \(built.database) from schema version 6 to 7; the previous file is kept as "
                + "\(backup) (an older litgraph can still open it; delete it when no longer needed)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)).count == old.count)
        #expect(try built.litgraph.run(["check", "--db", built.database]).status == 0)
        let again = try built.litgraph.run(["stats", "--db", built.database])
        #expect(again.status == 0 && again.standardError.isEmpty)
    }

    @Test("check reports an older schema without upgrading it")
    func checkDoesNotUpgrade() throws {
        try downgradeToVersionSix()
        let outcome = try built.litgraph.run(["check", "--db", built.database, "--format", "tsv"])
        #expect(outcome.status == 65)
        #expect(Self.rows(outcome.standardOutput).filter { $0.value.first != "ok" }.keys.sorted() == ["schema-version"])
        #expect(outcome.standardError.contains("to upgrade it in place"))
        #expect(!FileManager.default.fileExists(atPath: built.database + ".v6.bak"))
    }

    @Test(
        "an older database that is not writable is refused in one line saying how to fix it, and left as it was",
        .enabled(if: ChildProcess.canRunUnprivileged, "as root, needs setpriv to run litgraph as nobody"))
    func upgradeNotWritable() throws {
        try downgradeToVersionSix()
        let folder = built.directory.url.path
        let before = try Data(contentsOf: URL(fileURLWithPath: built.database))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: built.database)
        let outcome = try ChildProcess.litgraphUnprivileged(["stats", "--db", built.database])
        #expect(outcome.status == 65)
        #expect(
            outcome.standardError
                == "litgraph: \(built.database) has schema version 6 and this build needs 7, but it cannot be upgraded "
                + "in place because it or its folder is not writable; make both writable (chmod u+w) and run the "
                + "command again, or copy the file to a writable folder and pass that --db path\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: built.database)) == before)
        #expect(!FileManager.default.fileExists(atPath: built.database + ".v6.bak"))
    }

    @Test(
        "a database from a newer LitGraph is refused naming both versions, by every command, byte for byte unchanged",
        arguments: [["stats"], ["query", "oxytocin"], ["check"], ["build", CommandLineTests.example]])
    func newer(_ command: [String]) throws {
        try ChildProcess.sqlite("PRAGMA user_version = 8", at: built.database)
        let before = try Data(contentsOf: URL(fileURLWithPath: built.database))
        let outcome = try built.litgraph.run(command + ["--db", built.database])
        #expect(outcome.status == 65)
        #expect(
            outcome.standardError
                == "litgraph: \(built.database) was written by a newer LitGraph (schema version 8; this build reads "
                + "up to 7); upgrade litgraph\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: built.database)) == before)
    }
}
