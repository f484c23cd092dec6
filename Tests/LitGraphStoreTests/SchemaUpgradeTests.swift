import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// Databases written by older LitGraph builds (made by running the migrations only up to their
/// version, then storing rows as that build's schema allows): opened by this build, in either
/// mode, they are backed up beside themselves, migrated in place, hold every invariant and answer
/// queries.
@Suite("Schema upgrades")
struct SchemaUpgradeTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// A database at schema `version` holding one document, its sentences, two entities, one
    /// relation and its evidence, written with the columns version 1 has (later ones take their
    /// defaults, as the migrations give them).
    func olderDatabase(version: Int, name: String = "graph.sqlite") throws -> String {
        let path = directory.path(name)
        let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
        try connection.execute("PRAGMA journal_mode = WAL")
        try Migrator(migrations: Array(Migration.all.prefix(version))).migrate(connection)
        try connection.execute(
            """
            INSERT INTO documents (id, pmid, title, abstract, journal, year, mesh, publication_types, content_hash)
            VALUES ('2001', '2001', 'Oxytocin and stress', 'Oxytocin lowered cortisol. Stress raised cortisol.',
                    'J Test', 2019, '[]', '[]', 'old-hash');
            INSERT INTO sentences (document_id, idx, start, "end", text) VALUES
                ('2001', 0, 0, 26, 'Oxytocin lowered cortisol.'), ('2001', 1, 27, 51, 'Stress raised cortisol.');
            INSERT INTO entities (id, name, category) VALUES
                ('MESH:D010121', 'oxytocin', 'chemical'), ('MESH:D006854', 'hydrocortisone', 'chemical');
            INSERT INTO entity_names (entity_id, name, normalized) VALUES
                ('MESH:D010121', 'oxytocin', 'oxytocin'), ('MESH:D006854', 'cortisol', 'cortisol');
            INSERT INTO mentions (document_id, start, "end", entity_id, text) VALUES
                ('2001', 0, 8, 'MESH:D010121', 'Oxytocin'), ('2001', 17, 25, 'MESH:D006854', 'cortisol');
            INSERT INTO relations (id, subject_id, predicate, polarity, object_id, evidence_count, document_count)
            VALUES (1, 'MESH:D010121', 'negatively_regulates', 'negative', 'MESH:D006854', 1, 1);
            INSERT INTO evidence (id, relation_id, document_id, sentence_index, subject_start, subject_end,
                trigger_start, trigger_end, object_start, object_end, trigger, rule, negated, hedged)
            VALUES (1, 1, '2001', 0, 0, 8, 9, 16, 17, 25, 'lowered', 'verb', 0, 0);
            """)
        return path
    }

    /// The file's bytes with the header's bookkeeping counters (change counter, schema cookie,
    /// version-valid-for) zeroed: what a backup of it must equal.
    static func pages(_ path: String) throws -> Data {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        for range in [24..<28, 40..<44, 92..<96] where data.count >= range.upperBound {
            data.replaceSubrange(range, with: Data(count: range.count))
        }
        return data
    }

    @Test(
        "an older database is backed up, migrated in place, holds every invariant and answers queries",
        arguments: Array(1..<Migration.currentVersion), [GraphStore.AccessMode.readOnly, .readWrite])
    func upgrades(version: Int, mode: GraphStore.AccessMode) throws {
        let path = try olderDatabase(version: version)
        let original = try Self.pages(path)
        var upgrades: [SchemaUpgrade] = []
        let store = try GraphStore(path: path, mode: mode) { upgrades.append($0) }
        let backup = "\(path).v\(version).bak"
        #expect(
            upgrades == [
                SchemaUpgrade(path: path, fromVersion: version, toVersion: Migration.currentVersion, backupPath: backup)
            ])
        #expect(try Self.pages(backup) == original)
        #expect(try queryRaw("PRAGMA user_version", at: backup) == version)
        #expect(!FileManager.default.fileExists(atPath: backup + ".partial"))

        let report = try GraphStore.check(path: path)
        #expect(report.holds, "\(report.results.filter { $0.status != .ok })")
        let edges = try store.edges(of: "MESH:D010121", direction: .outgoing)
        #expect(edges.map(\.relation.predicate) == [.negativelyRegulates])
        #expect(edges.first?.evidence.map(\.trigger) == ["lowered"])
        let hits = try store.searchSentences(matching: "cortisol", limit: 5)
        #expect(hits.map(\.sentenceIndex).sorted() == [0, 1])
        #expect(
            try store.statistics()
                == GraphStatistics(documents: 1, sentences: 2, entities: 2, relations: 1, evidence: 1))
    }

    @Test("the migrated database keeps being written normally, and reopening it makes no second backup")
    func writesAfterUpgrade() throws {
        let path = try olderDatabase(version: 4)
        _ = try GraphStore(path: path, mode: .readWrite) { _ in }
        var upgrades: [SchemaUpgrade] = []
        let store = try GraphStore(path: path, mode: .readWrite) { upgrades.append($0) }
        #expect(upgrades.isEmpty)
        #expect(try store.write([Fixtures.first()]).added == 1)
        #expect(try GraphStore.check(path: path).holds)
        let backups = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter {
            $0.hasSuffix(".bak")
        }
        #expect(backups == ["graph.sqlite.v4.bak"])
    }

    @Test("a backup name already taken is kept: the next one gets a number")
    func backupNameTaken() throws {
        let path = try olderDatabase(version: 5)
        try Data("an earlier backup".utf8).write(to: URL(fileURLWithPath: path + ".v5.bak"))
        var upgrades: [SchemaUpgrade] = []
        _ = try GraphStore(path: path, mode: .readWrite) { upgrades.append($0) }
        #expect(upgrades.map(\.backupPath) == [path + ".v5-2.bak"])
        #expect(try String(contentsOfFile: path + ".v5.bak", encoding: .utf8) == "an earlier backup")
        #expect(try queryRaw("PRAGMA user_version", at: path + ".v5-2.bak") == 5)
    }

    @Test("the note names the database, both versions and the backup, on one line")
    func note() {
        let upgrade = SchemaUpgrade(path: "g.sqlite", fromVersion: 5, toVersion: 7, backupPath: "g.sqlite.v5.bak")
        #expect(
            upgrade.description
                == "upgraded g.sqlite from schema version 5 to 7; the previous file is kept as g.sqlite.v5.bak "
                + "(an older litgraph can still open it; delete it when no longer needed)")
    }

    @Test("when the backup cannot be written, nothing is migrated")
    func backupFailureMigratesNothing() throws {
        let path = try olderDatabase(version: 5)
        // A folder where the backup's temporary file would go makes the copy fail.
        try FileManager.default.createDirectory(
            atPath: path + ".v5.bak.partial/inside", withIntermediateDirectories: true)
        let before = try Self.pages(path)
        #expect(throws: StoreError.notWritable(path: path + ".v5.bak")) {
            try GraphStore(path: path, mode: .readWrite) { _ in }
        }
        #expect(try queryRaw("PRAGMA user_version", at: path) == 5)
        #expect(try Self.pages(path) == before)
    }
}
