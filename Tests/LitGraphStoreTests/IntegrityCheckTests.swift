import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// `GraphStore.check`: a database written by the store holds every invariant; a copy corrupted
/// with raw SQL (foreign keys off, as any SQLite tool leaves them) is reported under exactly the
/// invariants it breaks.
@Suite("Integrity check")
struct IntegrityCheckTests {
    /// One way to break a database, and the invariants it must be reported under.
    struct Corruption: Sendable, CustomTestStringConvertible {
        let name: String
        let sql: String
        let violated: Set<IntegrityInvariant>
        var testDescription: String { name }
    }

    /// Every invariant is broken by at least one of these.
    ///
    /// A dangling reference the schema declares
    /// as a foreign key is also reported by `foreign-keys`; every other corruption by one invariant.
    static let corruptions: [Corruption] = [
        Corruption(
            name: "schema version behind", sql: "PRAGMA user_version = \(Migration.currentVersion - 1)",
            violated: [.schemaVersion]),
        Corruption(
            name: "relation without evidence",
            sql: """
                INSERT INTO relations (subject_id, predicate, polarity, object_id, evidence_count, document_count)
                SELECT subject_id, 'inhibits', 'negative', object_id, 0, 0 FROM relations ORDER BY id LIMIT 1
                """,
            violated: [.relationHasEvidence]),
        Corruption(
            name: "evidence of a deleted relation",
            sql: "DELETE FROM relations WHERE id = (SELECT relation_id FROM evidence ORDER BY id LIMIT 1)",
            violated: [.evidenceRelation, .foreignKeys]),
        Corruption(
            name: "evidence citing a missing sentence",
            sql: "UPDATE evidence SET sentence_index = 99 WHERE id = (SELECT min(id) FROM evidence)",
            violated: [.evidenceSentence, .foreignKeys]),
        Corruption(
            name: "evidence citing a missing document",
            sql: """
                UPDATE evidence SET document_id = 'nowhere' WHERE id = (SELECT min(e.id) FROM evidence e
                JOIN relations r ON r.id = e.relation_id WHERE r.evidence_count = 1)
                """,
            violated: [.evidenceDocument, .evidenceSentence, .foreignKeys]),
        Corruption(
            name: "evidence count off by one",
            sql: "UPDATE relations SET evidence_count = evidence_count + 1 WHERE id = (SELECT min(id) FROM relations)",
            violated: [.relationCounts]),
        Corruption(
            name: "document count off by one",
            sql: "UPDATE relations SET document_count = 2 WHERE id = (SELECT max(id) FROM relations)",
            violated: [.relationCounts]),
        Corruption(
            name: "sentence of a missing document, indexed",
            sql: """
                INSERT INTO sentences (document_id, idx, start, "end", text) VALUES ('ghost', 0, 0, 5, 'ghost');
                INSERT INTO sentence_keys (document_id, idx) VALUES ('ghost', 0);
                INSERT INTO sentence_search (rowid, text) VALUES (last_insert_rowid(), 'ghost');
                """,
            violated: [.sentenceDocument, .foreignKeys]),
        Corruption(
            name: "mention of a missing document",
            sql: #"INSERT INTO mentions SELECT 'ghost', start, "end", entity_id, text FROM mentions LIMIT 1"#,
            violated: [.mentionDocument, .foreignKeys]),
        Corruption(
            name: "name of a missing entity",
            sql: "INSERT INTO entity_names (entity_id, name, normalized) VALUES ('MESH:NOPE', 'nope', 'nope')",
            violated: [.entityReferences, .foreignKeys]),
        Corruption(
            name: "entity neither mentioned nor related",
            sql: "INSERT INTO entities (id, name, category) VALUES ('MESH:UNUSED', 'unused', 'chemical')",
            violated: [.entityUsed]),
        Corruption(
            name: "sentence taken out of the index with its key",
            sql: """
                INSERT INTO sentence_search (sentence_search, rowid, text)
                SELECT 'delete', id, text FROM sentence_texts WHERE id = (SELECT max(id) FROM sentence_keys);
                DELETE FROM sentence_keys WHERE id = (SELECT max(id) FROM sentence_keys);
                """,
            violated: [.sentenceIndexRows]),
        Corruption(
            name: "sentence text changed behind the index",
            sql: """
                DROP TRIGGER sentences_search_update;
                UPDATE sentences SET text = 'Vasopressin lowered anxiety.' WHERE document_id = '1001' AND idx = 1;
                """,
            violated: [.sentenceIndexIntegrity]),
        Corruption(
            name: "index rebuilt over the wrong column",
            sql: """
                PRAGMA writable_schema = ON;
                UPDATE sqlite_schema SET sql = 'CREATE INDEX entities_id_nocase ON entities(name COLLATE NOCASE)'
                WHERE name = 'entities_id_nocase';
                """,
            violated: [.sqliteIntegrity]),
    ]

    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("graph.sqlite")
        let store = try GraphStore(path: path, mode: .readWrite)
        try store.write([Fixtures.first(), Fixtures.second()])
    }

    @Test("a database the store wrote holds every invariant, and checking it changes nothing")
    func clean() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let report = try GraphStore.check(path: path)
        #expect(report.results.map(\.invariant) == IntegrityInvariant.allCases)
        #expect(report.results.allSatisfy { $0.status == .ok && $0.count == 0 && $0.examples.isEmpty })
        #expect(report.holds && report.violationSummary == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("every invariant is reported when broken, and only the ones broken", arguments: corruptions)
    func corrupted(_ corruption: Corruption) throws {
        try executeRaw(corruption.sql, at: path)
        let report = try GraphStore.check(path: path)
        #expect(Set(report.violated) == corruption.violated)
        for result in report.results where result.status == .violated {
            #expect(result.count >= 1 && !result.examples.isEmpty && result.examples.count <= 5)
        }
        #expect(report.results.allSatisfy { $0.status != .skipped })
        let summary = try #require(report.violationSummary)
        #expect(!summary.contains("\n") && summary.hasPrefix(path))
    }

    @Test("all corruptions together break every invariant")
    func everyInvariantIsCovered() {
        let covered = Self.corruptions.reduce(into: Set<IntegrityInvariant>()) { $0.formUnion($1.violated) }
        #expect(covered == Set(IntegrityInvariant.allCases))
    }

    @Test("examples name the rows: the relation whose counts are wrong")
    func examplesNameRows() throws {
        try executeRaw("UPDATE relations SET evidence_count = 7 WHERE id = 2", at: path)
        let result = try #require(try GraphStore.check(path: path).results.first { $0.invariant == .relationCounts })
        #expect(
            result == InvariantResult(invariant: .relationCounts, status: .violated, count: 1, examples: ["relation 2"])
        )
    }

    @Test("a truncated file is one damaged-file error naming the path")
    func truncated() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        #expect {
            try GraphStore.check(path: path)
        } throws: { error in
            guard case StoreError.damaged(let reported, _) = error else { return false }
            return reported == path && !"\(error)".contains("\n")
        }
    }

    @Test("garbage, another application's database and a newer LitGraph's are refused as on opening")
    func refusals() throws {
        let garbage = directory.path("garbage.sqlite")
        try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: garbage))
        #expect(throws: StoreError.notSQLite(path: garbage)) { try GraphStore.check(path: garbage) }
        let other = directory.path("other.db")
        try executeRaw("CREATE TABLE notes (body TEXT)", at: other)
        #expect(throws: StoreError.foreignDatabase(path: other)) { try GraphStore.check(path: other) }
        try executeRaw("PRAGMA user_version = \(Migration.currentVersion + 1)", at: path)
        #expect(
            throws: StoreError.newerSchema(
                path: path, found: Migration.currentVersion + 1, supported: Migration.currentVersion)
        ) { try GraphStore.check(path: path) }
    }

    @Test("an older schema is reported, not migrated; the tables it lacks are skipped")
    func olderSchema() throws {
        try executeRaw(
            """
            DROP TRIGGER sentences_search_update; DROP TABLE sentence_search; DROP VIEW sentence_texts;
            DROP TABLE sentence_keys; ALTER TABLE documents DROP COLUMN input_hash;
            DELETE FROM litgraph_migrations WHERE version >= 5; PRAGMA user_version = 4;
            """, at: path)
        let report = try GraphStore.check(path: path)
        #expect(report.violated == [.schemaVersion])
        let skipped = report.results.filter { $0.status == .skipped }.map(\.invariant)
        #expect(skipped == [.sentenceIndexRows, .sentenceIndexIntegrity])
        #expect(try queryRaw("PRAGMA user_version", at: path) == 4)
        #expect(report.violationSummary?.contains("to upgrade it in place") == true)
    }
}
