import LitGraphModel
import LitGraphStore
import Testing

@Suite("Reading stored documents")
struct DocumentReadTests {
    /// A document with one asserted and one negated relation, and non-ASCII text.
    static func negatedDocument() -> AnnotatedDocument {
        var builder = DocumentBuilder(
            id: "0999", title: "β-Oxytocin and OXTR",
            abstractSentences: ["Oxytocin did not suppress hydrocortisone.", "Oxytocin binds OXTR."])
        builder.relate(
            (Fixtures.oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (Fixtures.cortisol, "hydrocortisone"),
            trigger: "suppress", sentence: 1, negated: true)
        builder.relate(
            (Fixtures.oxytocin, "Oxytocin"), .interactsWith, .unknown, (Fixtures.oxtr, "OXTR"), trigger: "binds",
            sentence: 2)
        return builder.annotated
    }

    func storedDocuments(_ documents: [AnnotatedDocument]) throws -> [StoredDocument] {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        try GraphStore(path: path, mode: .readWrite).write(documents)
        var result: [StoredDocument] = []
        try GraphStore(path: path, mode: .readOnly).forEachDocument { result.append($0) }
        return result
    }

    @Test("documents come back in identifier order with their text, mentions and relations")
    func roundTrip() throws {
        let first = Fixtures.first()
        let stored = try storedDocuments([Fixtures.second(), first, Self.negatedDocument()])
        #expect(stored.map(\.document.id) == ["0999", "1001", "1002"])
        let read = try #require(stored.first { $0.document.id == "1001" })
        #expect(read.document.title == first.document.title)
        #expect(read.document.abstract == first.document.abstract)
        #expect(read.document.pmid == "1001")
        #expect(read.document.year == 2024)
        #expect(read.mentions == first.mentions.sorted { ($0.span, $0.entity.id) < ($1.span, $1.entity.id) })
        #expect(read.relations == first.relations.map(\.relation).sorted { $0.object.id < $1.object.id })
    }

    @Test("a relation only denied in a document is not among its relations")
    func negatedRelationsLeftOut() throws {
        let stored = try storedDocuments([Self.negatedDocument()])
        let read = try #require(stored.first)
        #expect(read.relations.map(\.predicate) == [.interactsWith])
        #expect(read.mentions.map(\.text) == ["Oxytocin", "hydrocortisone", "Oxytocin", "OXTR"])
        #expect(read.mentions.first.map { read.document.text.substring(in: $0.span) } == "Oxytocin")
    }

    @Test("more documents than one page are all read, once each, in order")
    func paging() throws {
        let documents = (0..<205).map { index in
            DocumentBuilder(id: "doc\(1000 + index)", title: "Title \(index)", abstractSentences: ["Text."]).annotated
        }
        let stored = try storedDocuments(documents.reversed())
        #expect(stored.map(\.document.id) == documents.map(\.document.id))
    }

    @Test("an empty database streams nothing")
    func empty() throws {
        #expect(try storedDocuments([]).isEmpty)
    }
}
