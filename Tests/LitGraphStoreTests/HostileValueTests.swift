import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

/// Every value reaches SQL as a bound parameter: names, texts and queries holding SQL fragments
/// are stored and found as data, and the schema is untouched.
@Suite("Hostile values")
struct HostileValueTests {
    static let fragments = [
        "x'); DROP TABLE relations; --",
        "\"; DELETE FROM documents; --",
        "Robert'); DROP TABLE evidence;--",
        "' OR '1'='1",
        "100% _match_ \\ end",
    ]

    @Test("SQL fragments in ids, names, sentences and vocabularies round-trip as data", arguments: fragments)
    func roundTrip(_ fragment: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        let store = try GraphStore(path: path, mode: .readWrite)
        let hostile = Entity(id: "LITGRAPH:\(fragment)", name: fragment, category: .chemical)
        var builder = DocumentBuilder(
            id: fragment, title: "Title \(fragment)", abstractSentences: ["Oxytocin inhibits \(fragment) today."])
        builder.relate(
            (Fixtures.oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (hostile, fragment), trigger: "inhibits",
            sentence: 1)
        #expect(try store.write([builder.annotated]).added == 1)
        try store.importVocabulary(
            [VocabularyEntry(id: "LITGRAPH:v-\(fragment)", name: fragment, category: .chemical, synonyms: [fragment])],
            source: fragment)

        #expect(try store.entities(matching: hostile.id) == [hostile])
        #expect(try store.entities(matching: fragment).contains(hostile))
        #expect(try store.entities(containing: fragment).map(\.entity.id).contains(hostile.id))
        let edges = try store.edges(of: hostile.id, direction: .incoming)
        #expect(edges.map(\.relation.object) == [hostile])
        #expect(edges.first?.evidence.first?.documentID == fragment)
        #expect(try store.sentence(documentID: fragment, index: 1)?.text == "Oxytocin inhibits \(fragment) today.")
        #expect(try store.vocabulary().map(\.name) == [fragment])
        var titles: [String] = []
        try store.forEachDocument { titles.append($0.document.title) }
        #expect(titles == ["Title \(fragment)"])

        let tables = try store.connection.cachedStatement("SELECT name FROM sqlite_schema WHERE type = 'table'")
            .rows { $0.text(at: 0) }
        #expect(Set(["documents", "relations", "evidence", "entities", "vocabulary"]).isSubset(of: Set(tables)))
        #expect(try GraphStore.check(path: path).holds)
    }
}
