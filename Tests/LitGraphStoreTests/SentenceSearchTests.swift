import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// Full-text search over sentences (schema version 5, kept by the write path since version 7):
/// found after a write, gone after a replacement, built for rows a version 4 database already
/// held, and bad queries refused.
@Suite("Full-text search over sentences")
struct SentenceSearchTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("graph.sqlite")
        try GraphStore(path: path, mode: .readWrite).write([Fixtures.first(), Fixtures.second()])
    }

    /// `document:sentence` of every hit for `query`.
    func found(_ query: String, in store: GraphStore) throws -> [String] {
        try store.searchSentences(matching: query, limit: 50).map { "\($0.documentID):\($0.sentenceIndex)" }
    }

    @Test("a hit carries the sentence, the hits' offsets, a snippet and the relations read there")
    func hit() throws {
        let store = try GraphStore(path: path, mode: .readOnly)
        let hits = try store.searchSentences(matching: "hydrocortisone", limit: 10)
        #expect(hits.map { "\($0.documentID):\($0.sentenceIndex)" }.sorted() == ["1001:2", "1002:2"])
        let hit = try #require(hits.first { $0.documentID == "1001" })
        #expect(hit.sentence == "Oxytocin suppressed hydrocortisone after stress.")
        #expect(hit.hits == [TextSpan(start: 20, end: 34)])
        #expect(hit.sentence.substring(in: hit.hits[0]) == "hydrocortisone")
        #expect(hit.snippet == hit.sentence && hit.snippetHits == hit.hits)
        #expect(hit.relations.map(\.relation) == [Fixtures.first().relations[1].relation])
        #expect(hit.relations.first?.evidence.trigger == "suppressed")
    }

    @Test("words match whatever their case, stemmed; phrases, OR, NOT and prefixes work")
    func syntax() throws {
        let store = try GraphStore(path: path, mode: .readOnly)
        #expect(try found("OXYTOCIN binds", in: store) == ["1001:3"])
        #expect(try found("binding", in: store) == ["1001:3"], "Porter stemming: binding ~ binds")
        #expect(
            try found("\"psychological resilience\" NOT improves", in: store).sorted() == [
                "1001:0", "1001:1", "1002:2",
            ])
        #expect(try found("hydro*", in: store).count == 2)
        #expect(try found("vasopressin", in: store).isEmpty)
        #expect(try store.searchSentences(matching: "oxytocin", limit: 2).count == 2)
    }

    @Test("a replaced document's old sentences leave the index and its new ones enter it")
    func replacement() throws {
        let store = try GraphStore(path: path, mode: .readWrite)
        var builder = DocumentBuilder(
            id: "1001", title: "Oxytocin and trust", abstractSentences: ["Vasopressin rose after stress."])
        builder.mention(Fixtures.stress, "stress", sentence: 1)
        #expect(try store.write([builder.annotated]).replaced == 1)
        #expect(try found("vasopressin", in: store) == ["1001:1"])
        #expect(try found("suppressed", in: store).isEmpty)
        #expect(try found("hydrocortisone", in: store) == ["1002:2"])
        try store.connection.execute(
            "INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)")
        #expect(
            try store.connection.scalarInt("SELECT count(*) FROM sentence_keys")
                == store.connection.scalarInt("SELECT count(*) FROM sentences"))
    }

    @Test("no trigger keeps the index since version 7: the write path does, through replacements")
    func writePathKeepsTheIndex() throws {
        let store = try GraphStore(path: path, mode: .readWrite)
        #expect(try store.connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'") == 1)
        var changed = Fixtures.second()
        changed.relations.removeLast()
        changed.sentences[2].text = "Hydrocortisone is associated with vasopressin."
        #expect(try store.write([changed]).replaced == 1)
        #expect(try found("vasopressin", in: store) == ["1002:2"])
        #expect(try found("hydrocortisone", in: store).sorted() == ["1001:2", "1002:2"])
        try store.connection.execute(
            "INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)")
        #expect(
            try store.connection.scalarInt("SELECT count(*) FROM sentence_keys")
                == store.connection.scalarInt("SELECT count(*) FROM sentences"))
    }

    @Test("a version 4 database is indexed when migrated in place, even by a read-only open")
    func migration() throws {
        // Take the search objects away again and mark the file as version 4, as an older LitGraph left it.
        try executeRaw(
            """
            DROP TRIGGER IF EXISTS sentences_search_insert; DROP TRIGGER IF EXISTS sentences_search_delete;
            DROP TRIGGER sentences_search_update; DROP TABLE sentence_search; DROP VIEW sentence_texts;
            DROP TABLE sentence_keys; ALTER TABLE documents DROP COLUMN input_hash;
            DELETE FROM litgraph_migrations WHERE version >= 5; PRAGMA user_version = 4;
            """, at: path)
        var upgrades: [SchemaUpgrade] = []
        let store = try GraphStore(path: path, mode: .readOnly) { upgrades.append($0) }
        #expect(upgrades.map(\.fromVersion) == [4])
        #expect(try found("hydrocortisone", in: store).sorted() == ["1001:2", "1002:2"])
        #expect(try store.connection.scalarInt("SELECT count(*) FROM sentence_keys") == 7)
    }

    @Test(
        "a query FTS5 cannot parse is a SearchQueryError naming it",
        arguments: ["IL-6", "\"oxytocin", "oxytocin AND", "(binds", "NEAR(", "*"])
    func invalid(query: String) throws {
        let store = try GraphStore(path: path, mode: .readOnly)
        #expect {
            try store.searchSentences(matching: query, limit: 5)
        } throws: { error in
            guard let error = error as? SearchQueryError else { return false }
            return error.query == query && !error.description.contains("\n")
        }
    }
}
