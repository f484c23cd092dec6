import LitGraphModel
import Testing

@testable import LitGraphReaders

/// `count` generated documents in one format, produced chunk by chunk and never held whole.
private final class GeneratedSource: ByteSource {
    private let count: Int
    private let header: String
    private let footer: String
    private let record: (Int) -> String
    private var next = 0
    /// How many bytes have been handed out so far.
    private(set) var bytesProduced = 0

    init(count: Int, header: String = "", footer: String = "", record: @escaping (Int) -> String) {
        self.count = count
        self.header = header
        self.footer = footer
        self.record = record
    }

    func nextChunk() throws -> [UInt8] {
        guard next < count else { return [] }
        var text = next == 0 ? header : ""
        while text.utf8.count < 4096, next < count {
            next += 1
            text += record(next)
            if next == count { text += footer }
        }
        bytesProduced += text.utf8.count
        return Array(text.utf8)
    }
}

@Suite("Streaming annotated formats")
struct AnnotatedStreamingTests {
    private func check(_ source: GeneratedSource, read: ((Document) -> Void) throws -> Void) throws {
        var seen = 0
        var bytesAtFirstDocument = 0
        try read { document in
            seen += 1
            #expect(document.id == String(seen))
            if seen == 1 { bytesAtFirstDocument = source.bytesProduced }
        }
        #expect(seen == 2_000)
        #expect(source.bytesProduced > 150_000)
        #expect(bytesAtFirstDocument < 10_000)
    }

    @Test("PubTator documents arrive while the file is still being read")
    func pubtator() throws {
        let source = GeneratedSource(count: 2_000) { index in
            "\(index)|t|Title \(index).\r\n\(index)|a|Oxytocin reduces cortisol.\r\n"
                + "\(index)\t\(10 + String(index).count)\t\(18 + String(index).count)\tOxytocin\tChemical\tD010121\r\n\r\n"
        }
        var reader = PubTatorReader(lines: LineReader(source: source), source: "g", displayName: "g")
        var diagnostics = 0
        try check(source) { body in try reader.read(diagnostics: { _ in diagnostics += 1 }, body) }
        #expect(diagnostics == 0)
    }

    @Test("PubTator3 BioC JSON documents arrive while the file is still being read")
    func pubtator3JSON() throws {
        let source = GeneratedSource(count: 2_000, header: "{\"PubTator3\": [", footer: "]}") { index in
            (index > 1 ? "," : "")
                + """
                {"_id": "\(index)|None", "pmid": \(index), "passages": [
                 {"infons": {"type": "title"}, "offset": 0, "text": "Oxytocin and pain.", "annotations": [
                  {"id": "1", "infons": {"type": "Chemical", "identifier": "MESH:D010121"}, "text": "Oxytocin",
                   "locations": [{"offset": 0, "length": 8}]},
                  {"id": "2", "infons": {"type": "Disease", "identifier": "MESH:D010146"}, "text": "pain",
                   "locations": [{"offset": 13, "length": 4}]}]}],
                 "relations": [{"infons": {"type": "Association", "role1": "Chemical|MESH:D010121",
                  "role2": "Disease|MESH:D010146"}}]}
                """
        }
        let scanner = JSONDocumentScanner(source: source, displayName: "g")
        var reader = BioCJSONReader(scanner: scanner, source: "g", displayName: "g")
        var documents: [Document] = []
        try check(source) { body in
            try reader.read(diagnostics: { _ in }) { document in
                if documents.isEmpty { documents.append(document) }
                body(document)
            }
        }
        let document = try #require(documents.first)
        #expect(document.pmid == "1" && document.abstract.isEmpty)
        #expect(document.annotations.map(\.entity.id) == ["MESH:D010121", "MESH:D010146"])
        #expect(
            document.annotatedRelations == [
                DocumentRelation(type: "Association", firstID: "MESH:D010121", secondID: "MESH:D010146")
            ])
    }

    @Test("lines split across chunks, CRLF and a last line without a break")
    func lineReader() throws {
        let text = "first\r\nsecond line\n\nlast"
        var lines = LineReader(source: MemoryByteSource(Array(text.utf8), chunkSize: 3))
        var read: [String] = []
        while let line = try lines.nextLine() { read.append(line) }
        #expect(read == ["first", "second line", "", "last"])
        #expect(lines.lineNumber == 4)
    }
}
