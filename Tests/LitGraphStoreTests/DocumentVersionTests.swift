import LitGraphModel
import Testing

@testable import LitGraphStore

/// A document version carries its content hash, computed when it is made (a build makes it on an
/// annotating thread) with the normalized forms of its mention texts, both kept current when its document
/// is replaced, and left out of equality.
@Suite("Document versions")
struct DocumentVersionTests {
    @Test("the content hash is the document's, and follows a replaced document")
    func contentHash() {
        var version = DocumentVersion(Fixtures.first(), inputHash: "aaaa")
        #expect(version.contentHash == Fixtures.first().contentHash)
        let second = Fixtures.second()
        version.annotated = second
        #expect(version.contentHash == second.contentHash)
        #expect(version.contentHash != Fixtures.first().contentHash)
    }

    @Test("versions are equal, and hash alike, exactly when their documents and input hashes are")
    func equality() {
        let first = DocumentVersion(Fixtures.first(), inputHash: "aaaa")
        #expect(first == DocumentVersion(Fixtures.first(), inputHash: "aaaa"))
        #expect(Set([first, DocumentVersion(Fixtures.first(), inputHash: "aaaa")]).count == 1)
        #expect(first != DocumentVersion(Fixtures.first(), inputHash: "bbbb"))
        #expect(first != DocumentVersion(Fixtures.first(), inputHash: nil))
        #expect(first != DocumentVersion(Fixtures.second(), inputHash: "aaaa"))
    }

    @Test("the normalized names are the mention texts' normalized forms, and follow a replaced document")
    func normalizedNames() {
        var version = DocumentVersion(Fixtures.first(), inputHash: nil)
        #expect(!version.annotated.mentions.isEmpty)
        #expect(version.normalizedNames.mentionTexts == version.annotated.mentions.map(\.text.normalizedEntityName))
        version.annotated = Fixtures.second()
        #expect(version.normalizedNames.mentionTexts == Fixtures.second().mentions.map(\.text.normalizedEntityName))
    }
}

/// The first occurrences a write looks at, listed on the annotating threads, are the ones the
/// writer found by itself: every entity named and every mention name, first occurrence only.
@Suite("First occurrences of entities and names")
struct FirstOccurrenceTests {
    /// A document of `entities` mentioned as `surfaces` (entity index, surface), one sentence each,
    /// and relations between entity pairs.
    static func document(entities: [Entity], mentions: [(Int, String)], relations: [(Int, Int)]) -> AnnotatedDocument {
        let texts = mentions.map { "\($0.1) is here." } + relations.map { _ in "Linked." }
        var annotated = DocumentBuilder(id: "1", title: "Title.", abstractSentences: texts).annotated
        var start = 0
        annotated.mentions = mentions.map { mention in
            defer { start += 100 }
            return Mention(
                entity: entities[mention.0], span: TextSpan(start: start, end: start + mention.1.count), text: mention.1
            )
        }
        let base = Fixtures.first().relations[0]
        annotated.relations = relations.map { pair in
            var extracted = base
            extracted.relation = Relation(
                subject: entities[pair.0], predicate: .positivelyRegulates, polarity: .positive,
                object: entities[pair.1])
            return extracted
        }
        return annotated
    }

    @Test(
        "entities and mention names are listed at their first occurrence, by scan or by set",
        arguments: [
            ([(0, "OT"), (0, "Oxytocin"), (1, "OXTR"), (0, "ot")], [(1, 2)], [0, 1, 2], [0, 1, 2]),
            ([(0, "OT"), (0, "OT"), (0, "  "), (1, "OXTR")], [(0, 1)], [0, 1], [0, 3]),
            ([], [(2, 1), (1, 2), (0, 0)], [2, 1, 0], []),
            ([(2, "X"), (1, "Y"), (2, "x"), (1, "y y"), (1, "Y Y")], [], [2, 1], [0, 1, 3]),
            (
                (0..<30).map { ($0 % 20, "name \($0 % 20)") }, [(20, 21), (21, 20), (3, 4)],
                Array(0..<22), Array(0..<20)
            ),
            (
                (0..<70).map { ($0 % 20, "Name \($0 % 30)") }, [(20, 21), (21, 20), (3, 4)],
                Array(0..<22), Array(0..<60)
            ),
        ] as [([(Int, String)], [(Int, Int)], [Int], [Int])])
    func firstNamings(mentions: [(Int, String)], relations: [(Int, Int)], entities: [Int], names: [Int]) {
        let pool = (0..<22).map { Entity(id: "T:\($0)", name: "Entity \($0)", category: .chemical) }
        let annotated = Self.document(entities: pool, mentions: mentions, relations: relations)
        let version = DocumentVersion(annotated, inputHash: nil)
        #expect(version.normalizedNames.namedEntities.map(\.id) == entities.map { pool[$0].id })
        #expect(version.normalizedNames.firstNamingMentions == names)
        #expect(version.normalizedNames.mentionTexts == annotated.mentions.map(\.text.normalizedEntityName))
    }
}
