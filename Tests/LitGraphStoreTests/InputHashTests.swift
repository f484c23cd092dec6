import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// Input hashes (schema version 6): stored with each document so a build can skip an unchanged
/// input before annotating it; a version 5 database gains the column in place.
@Suite("Input hashes")
struct InputHashTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
    }

    @Test("the input hash is stored with a new document and is nil for one written without it")
    func stored() throws {
        try store.write([DocumentVersion(Fixtures.first(), inputHash: "aaaa")])
        try store.write([Fixtures.second()])
        #expect(try store.storedInputHash(documentID: "1001") == "aaaa")
        #expect(try store.storedInputHash(documentID: "1002") == nil)
        #expect(try store.storedInputHash(documentID: "9999") == nil)
    }

    @Test("the same input hash is unchanged whatever the annotation; new with the same rows only replaces it")
    func unchanged() throws {
        try store.write([DocumentVersion(Fixtures.first(), inputHash: "aaaa")])
        var other = Fixtures.first()
        other.relations.removeLast()
        #expect(try store.write([DocumentVersion(other, inputHash: "aaaa")]) == WriteSummary(unchanged: 1))
        #expect(try store.statistics().evidence == 3)
        #expect(try store.write([DocumentVersion(Fixtures.first(), inputHash: "bbbb")]) == WriteSummary(unchanged: 1))
        #expect(try store.storedInputHash(documentID: "1001") == "bbbb")
        #expect(try store.write([DocumentVersion(other, inputHash: "cccc")]) == WriteSummary(replaced: 1))
        #expect(try store.storedInputHash(documentID: "1001") == "cccc")
        #expect(try store.statistics().evidence == 2)
        try expectConsistent(store)
    }

    @Test("two versions of one document in one call are written in order: the last one stays")
    func order() throws {
        var other = Fixtures.first()
        other.relations.removeLast()
        let summary = try store.write([
            DocumentVersion(Fixtures.first(), inputHash: "aaaa"), DocumentVersion(other, inputHash: "bbbb"),
        ])
        #expect(summary == WriteSummary(added: 1, replaced: 1))
        #expect(try store.storedInputHash(documentID: "1001") == "bbbb")
        #expect(try store.statistics().evidence == 2)
    }

    @Test("a version 5 database gains the column in place, its documents without an input hash")
    func migration() throws {
        try store.write([Fixtures.first()])
        let path = directory.path("graph.sqlite")
        try executeRaw(
            """
            ALTER TABLE documents DROP COLUMN input_hash; DELETE FROM litgraph_migrations WHERE version >= 6;
            PRAGMA user_version = 5;
            """, at: path)
        let migrated = try GraphStore(path: path, mode: .readWrite)
        #expect(try migrated.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        #expect(try migrated.storedInputHash(documentID: "1001") == nil)
        let summary = try migrated.write([DocumentVersion(Fixtures.first(), inputHash: "aaaa")])
        #expect(summary == WriteSummary(unchanged: 1))
        #expect(try migrated.storedInputHash(documentID: "1001") == "aaaa")
    }

    @Test("the input hash covers the text, metadata and annotations, and the extractor fingerprint")
    func inputHash() {
        let document = Document(
            id: "1", title: "Oxytocin", abstract: "Oxytocin increases trust.", year: 2020,
            annotations: [Mention(entity: Fixtures.oxytocin, span: TextSpan(start: 0, end: 8), text: "Oxytocin")])
        let hash = document.inputHash(extractorFingerprint: "f1")
        #expect(hash.count == 16)
        #expect(document.inputHash(extractorFingerprint: "f1") == hash)
        #expect(document.inputHash(extractorFingerprint: "f2") != hash)
        var moved = document
        moved.source = "elsewhere.txt"
        #expect(moved.inputHash(extractorFingerprint: "f1") == hash)
        var changes: [Document] = []
        for change in 0..<5 {
            var changed = document
            switch change {
            case 0: changed.abstract += " "
            case 1: changed.year = 2021
            case 2: changed.annotations = []
            case 3: changed.annotatedRelations = [DocumentRelation(type: "CID", firstID: "a", secondID: "b")]
            default: changed.title = "oxytocin"
            }
            changes.append(changed)
        }
        let hashes = Set(changes.map { $0.inputHash(extractorFingerprint: "f1") })
        #expect(hashes.count == 5 && !hashes.contains(hash))
    }
}
