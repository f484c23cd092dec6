import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Stored vocabularies")
struct VocabularyStoreTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    static let oxytocin = VocabularyEntry(
        id: "MESH:D010121", name: "Oxytocin", category: .chemical, synonyms: ["Pitocin", "Syntocinon"])
    static let anxiety = VocabularyEntry(
        id: "HP:0000739", name: "Anxiety", category: .phenotype, synonyms: ["Anxious", "\"nervous\" \\ β-fear"])
    static let signalling = VocabularyEntry(id: "GO:0007165", name: "signal transduction", category: .biologicalProcess)

    /// A database at schema version 1 (the `create-graph` step only) holding one document row.
    func versionOneDatabase() throws -> String {
        let path = directory.path("v1.sqlite")
        let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
        try Migrator(migrations: [Migration.createGraph]).migrate(connection)
        try connection.execute(
            """
            INSERT INTO documents (id, title, abstract, mesh, publication_types, content_hash)
            VALUES ('1001', 'Old title', 'Old abstract.', '[]', '[]', 'hash')
            """
        )
        return path
    }

    @Test("migration v2 is named add-vocabulary")
    func migrationIsRegistered() {
        #expect(Migration.all.prefix(2).map(\.name) == ["create-graph", "add-vocabulary"])
        #expect(Migration.all.prefix(2).map(\.version) == [1, 2])
    }

    @Test("a v1 database gains the vocabulary table in place, keeping its data, when opened read-write")
    func migratesVersionOne() throws {
        let path = try versionOneDatabase()
        #expect(try queryRaw("PRAGMA user_version", at: path) == 1)
        let store = try GraphStore(path: path, mode: .readWrite)
        #expect(try store.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        let recorded = try store.connection.cachedStatement(
            "SELECT version, name FROM litgraph_migrations ORDER BY version"
        )
        .rows { "\($0.int(at: 0)) \($0.text(at: 1))" }
        #expect(
            recorded == [
                "1 create-graph", "2 add-vocabulary", "3 add-evidence-confidence", "4 add-evidence-comparison",
                "5 add-sentence-search", "6 add-input-hash",
                "7 index-sentences-on-write",
            ])
        #expect(try store.statistics().documents == 1)
        #expect(try store.vocabulary().isEmpty)
        #expect(try store.importVocabulary([Self.oxytocin], source: "mesh.xml") == 1)
        #expect(try store.vocabulary() == [Self.oxytocin])
    }

    @Test("a v1 database opened read-only is upgraded in place after a backup, since the file is writable")
    func versionOneReadOnly() throws {
        let path = try versionOneDatabase()
        var upgrades: [SchemaUpgrade] = []
        let store = try GraphStore(path: path, mode: .readOnly) { upgrades.append($0) }
        #expect(store.mode == .readOnly)
        #expect(
            upgrades == [
                SchemaUpgrade(
                    path: path, fromVersion: 1, toVersion: Migration.currentVersion, backupPath: path + ".v1.bak")
            ])
        #expect(try queryRaw("PRAGMA user_version", at: path) == Migration.currentVersion)
        #expect(try queryRaw("PRAGMA user_version", at: path + ".v1.bak") == 1)
        #expect(try store.vocabulary().isEmpty)
    }

    @Test("entries round-trip sorted by id, synonyms with quotes, backslashes and non-ASCII intact")
    func roundTrip() throws {
        let store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
        #expect(try store.importVocabulary([Self.signalling, Self.oxytocin, Self.anxiety], source: "a.tsv") == 3)
        #expect(try store.vocabulary() == [Self.signalling, Self.anxiety, Self.oxytocin])
        #expect(try store.vocabularyCount() == 3)
        let reopened = try GraphStore(path: store.path, mode: .readOnly)
        #expect(try reopened.vocabulary().map(\.id) == ["GO:0007165", "HP:0000739", "MESH:D010121"])
        let source = try store.connection.cachedStatement("SELECT source FROM vocabulary WHERE id = ?")
            .scalarText([.text(Self.anxiety.id)])
        #expect(source == "a.tsv")
    }

    @Test("importing is an upsert: unchanged entries count 0 and keep their import time, changed ones count")
    func upsertCountsChanges() throws {
        let store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
        let timeOf = { (id: String) in
            try store.connection.cachedStatement("SELECT imported_at FROM vocabulary WHERE id = ?")
                .scalarText([.text(id)])
        }
        #expect(try store.importVocabulary([Self.oxytocin, Self.anxiety], source: "a.tsv") == 2)
        try store.connection.execute("UPDATE vocabulary SET imported_at = 'earlier'")
        #expect(try store.importVocabulary([Self.oxytocin, Self.anxiety], source: "a.tsv") == 0)
        #expect(try timeOf(Self.oxytocin.id) == "earlier")

        var renamed = Self.oxytocin
        renamed.synonyms.append("OT")
        #expect(try store.importVocabulary([renamed, Self.anxiety, Self.signalling], source: "a.tsv") == 2)
        #expect(try timeOf(Self.oxytocin.id) != "earlier")
        #expect(try timeOf(Self.anxiety.id) == "earlier")
        #expect(try store.vocabulary() == [Self.signalling, Self.anxiety, renamed])
        #expect(try store.importVocabulary([Self.anxiety], source: "b.obo") == 1)  // a new source is a change
    }

    @Test("an identifier given twice in one import: the last entry wins")
    func lastDuplicateWins() throws {
        let store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
        var second = Self.oxytocin
        second.name = "oxytocin"
        #expect(try store.importVocabulary([Self.oxytocin, second], source: "x") == 2)
        #expect(try store.vocabulary() == [second])
    }

    @Test("a read-only store refuses to import; a failing transaction leaves no entry behind")
    func readOnlyAndRollback() throws {
        let path = directory.path("graph.sqlite")
        let store = try GraphStore(path: path, mode: .readWrite)
        let readOnly = try GraphStore(path: path, mode: .readOnly)
        #expect(throws: StoreError.readOnly(path: path)) {
            try readOnly.importVocabulary([Self.oxytocin], source: "x")
        }
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try store.transaction {
                try store.importVocabulary([Self.oxytocin], source: "x")
                throw Abort()
            }
        }
        #expect(try store.vocabulary().isEmpty)
    }

    @Test("a stored category this build does not know is reported, not guessed")
    func unknownStoredCategory() throws {
        let path = directory.path("graph.sqlite")
        let store = try GraphStore(path: path, mode: .readWrite)
        try store.importVocabulary([Self.oxytocin], source: "x")
        try store.connection.execute("UPDATE vocabulary SET category = 'mineral'")
        #expect(throws: StoreError.unreadableValue(path: path, column: "vocabulary.category", value: "mineral")) {
            try store.vocabulary()
        }
    }
}
