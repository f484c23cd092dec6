import LitGraphModel
import Testing

@testable import LitGraphReaders

/// A PubMed file of `count` citations, generated chunk by chunk and never held whole.
private final class GeneratedPubMedSource: ByteSource {
    private let count: Int
    private var next = 0
    /// How many bytes have been handed out so far.
    private(set) var bytesProduced = 0

    init(count: Int) { self.count = count }

    func nextChunk() throws -> [UInt8] {
        var text = ""
        if next == 0 { text += "<?xml version=\"1.0\"?>\n<MedlineCitationSet>\n" }
        while text.utf8.count < 4096, next < count {
            next += 1
            text += """
                <MedlineCitation><PMID Version="1">\(next)</PMID><Article><ArticleTitle>Title \(next).</ArticleTitle>
                <Abstract><AbstractText>Oxytocin reduces cortisol in record \(next).</AbstractText></Abstract>
                </Article></MedlineCitation>\n
                """
            if next == count { text += "</MedlineCitationSet>\n" }
        }
        bytesProduced += text.utf8.count
        return Array(text.utf8)
    }
}

@Suite("Streaming")
struct StreamingTests {
    @Test("documents arrive while the file is still being read")
    func documentsArriveEarly() throws {
        let source = GeneratedPubMedSource(count: 3_000)
        var reader = PubMedReader(
            tokenizer: XMLTokenizer(source: source, path: "generated.xml"),
            source: "generated.xml",
            displayName: "generated.xml"
        )
        var seen = 0
        var bytesAtFirstDocument = 0
        try reader.read { document in
            seen += 1
            #expect(document.id == String(seen))
            if seen == 1 { bytesAtFirstDocument = source.bytesProduced }
        }
        #expect(seen == 3_000)
        #expect(source.bytesProduced > 500_000)
        #expect(bytesAtFirstDocument < 10_000)
    }
}
