import Foundation
import LitGraphModel
import Testing

@testable import LitGraphReaders

/// The vocabulary readers fed in tiny chunks: records and lines that straddle chunk boundaries.
@Suite("Vocabulary streaming")
struct VocabularyStreamingTests {
    /// Every line of `text` read through a ``LineReader`` fed `chunkSize` bytes at a time.
    static func lines(_ text: String, chunkSize: Int) throws -> [String] {
        var reader = LineReader(source: MemoryByteSource(Array(text.utf8), chunkSize: chunkSize))
        var lines: [String] = []
        while let line = try reader.nextLine() {
            lines.append(line)
            #expect(reader.lineNumber == lines.count)
        }
        return lines
    }

    @Test(
        "lines split the same whatever the chunk size, CRLF and a missing final newline included",
        arguments: [1, 2, 3, 7, 64 * 1024])
    func lineReader(chunkSize: Int) throws {
        let text = "first\r\nsécond β\n\n\tthird\r\nlast without newline"
        #expect(
            try Self.lines(text, chunkSize: chunkSize)
                == ["first", "sécond β", "", "\tthird", "last without newline"])
        #expect(try Self.lines("", chunkSize: chunkSize).isEmpty)
        #expect(try Self.lines("one\n", chunkSize: chunkSize) == ["one"])
    }

    @Test("OBO read in 5-byte chunks equals OBO read whole")
    func oboInChunks() throws {
        func read(chunkSize: Int) throws -> [VocabularyEntry] {
            let source = MemoryByteSource(Array(VocabularyFixtures.obo.utf8), chunkSize: chunkSize)
            var reader = OBOReader(
                lines: LineReader(source: source), displayName: "hp.obo", fallbackCategory: nil,
                synonymScopes: OBOSynonymScope.recognised)
            var entries: [VocabularyEntry] = []
            try reader.read { entries.append($0) }
            return entries
        }
        let whole = try read(chunkSize: 1 << 20)
        #expect(whole.count == 6)
        #expect(try read(chunkSize: 5) == whole)
    }

    @Test("MeSH XML read in 3-byte chunks equals MeSH XML read whole", .enabled(if: Fixtures.hasShared))
    func meshInChunks() throws {
        let path = Fixtures.shared("formats/pubmed-xml/tipplerow_pubmed/mesh_desc_sample.xml")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var reader = MeSHDescriptorReader(
            tokenizer: XMLTokenizer(source: MemoryByteSource(bytes, chunkSize: 3), path: "desc.xml"),
            displayName: "desc.xml")
        var entries: [VocabularyEntry] = []
        try reader.read { entries.append($0) }
        #expect(try entries == VocabularyReader().entries(from: path))
    }
}
