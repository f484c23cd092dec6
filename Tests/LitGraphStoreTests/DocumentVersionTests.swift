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
