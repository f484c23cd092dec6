import LitGraphModel
import Testing

@testable import LitGraphStore

/// `GraphStore.entities(containing:limit:)`: substrings of identifiers, names, surface forms and
/// imported synonyms, with degrees.
@Suite("Finding entities by part of a name")
struct EntitySearchTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        let writer = try GraphStore(path: path, mode: .readWrite)
        try writer.write([Fixtures.first(), Fixtures.second()])
        try writer.importVocabulary(
            [
                VocabularyEntry(
                    id: "MESH:D010121", name: "Oxytocin", category: .chemical, synonyms: ["Pitocin", "50%_x"])
            ],
            source: "test.tsv")
        store = try GraphStore(path: path, mode: .readOnly)
    }

    /// `id matched degree out in` per match.
    func found(_ text: String, limit: Int? = nil) throws -> [String] {
        try store.entities(containing: text, limit: limit).map {
            "\($0.entity.id) \($0.matched) \($0.degree) \($0.outDegree) \($0.inDegree)"
        }
    }

    @Test("names and surface forms, case-insensitively, by degree then identifier")
    func names() throws {
        #expect(try found("RESIL") == ["MESH:D000075402 psychological resilience 2 0 2"])
        #expect(try found("er") == ["NCBIGene:2099 ER 1 1 0", "MESH:D004721 ER 0 0 0"])
        #expect(try found("o").first == "MESH:D010121 OT 3 3 0", "the shortest match, at the highest degree")
    }

    @Test("identifiers and imported synonyms match too")
    func identifiersAndSynonyms() throws {
        #expect(try found("ncbigene:50") == ["NCBIGene:5021 NCBIGene:5021 2 0 2"])
        #expect(try found("pitoc") == ["MESH:D010121 Pitocin 3 3 0"])
    }

    @Test("LIKE wildcards in the text are taken literally")
    func wildcards() throws {
        #expect(try found("%") == ["MESH:D010121 50%_x 3 3 0"])
        #expect(try found("_x") == ["MESH:D010121 50%_x 3 3 0"])
        #expect(try found("\\").isEmpty)
        #expect(try found("  ").isEmpty)
    }

    @Test("the limit keeps the highest degrees")
    func limit() throws {
        let all = try found("e")
        #expect(all.count > 2)
        #expect(try found("e", limit: 2) == Array(all.prefix(2)))
    }
}
