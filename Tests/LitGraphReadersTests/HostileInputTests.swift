import Foundation
import LitGraphModel
import LitGraphReaders
import Testing

/// Input built to hurt the reader — entities, DTDs, deep nesting, huge lines, gzip bombs — is read
/// in bounded memory and time: it is either read harmlessly or refused with one `ReadError` line.
@Suite("Hostile and oversized input")
struct HostileInputTests {
    /// What reading `bytes` gave: the documents, or the error that refused the input.
    static func read(_ bytes: [UInt8], as format: InputFormat = .auto) -> (documents: [Document], error: ReadError?) {
        var documents: [Document] = []
        do {
            try DocumentReader(format: format).read(bytes: bytes, name: "hostile", diagnostics: { _ in }) {
                documents.append($0)
            }
            return (documents, nil)
        } catch {
            return (documents, error as? ReadError)
        }
    }

    static func read(_ text: String, as format: InputFormat = .auto) -> (documents: [Document], error: ReadError?) {
        read(Array(text.utf8), as: format)
    }

    /// A PubMed file with one record whose title and abstract are `title` and `abstract`.
    static func pubmed(doctype: String, title: String, abstract: String) -> String {
        """
        <?xml version="1.0"?>
        \(doctype)
        <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
        <ArticleTitle>\(title)</ArticleTitle><Abstract><AbstractText>\(abstract)</AbstractText></Abstract>
        </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
        """
    }

    @Test("an external entity or DTD is never fetched or expanded: the reference stays literal text")
    func externalEntity() throws {
        let doctype = """
            <!DOCTYPE PubmedArticleSet SYSTEM "http://127.0.0.1:9/evil.dtd" [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;
            ]>
            """
        let result = Self.read(Self.pubmed(doctype: doctype, title: "Read &xxe; here", abstract: "&xxe;&amp;"))
        #expect(result.error == nil)
        let document = try #require(result.documents.first)
        #expect(document.title == "Read &xxe; here")
        #expect(document.abstract == "&xxe;&")
        #expect(!document.text.contains("root:"))
    }

    @Test("billion laughs: entity declarations are skipped and &lol9; is not expanded")
    func billionLaughs() throws {
        var entities = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            entities += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        let xml = Self.pubmed(doctype: "<!DOCTYPE lolz [\n\(entities)]>", title: "Laughs", abstract: "&lol9;")
        for format in [InputFormat.auto, .pubmedXML] {
            let result = Self.read(xml, as: format)
            #expect(result.error == nil)
            #expect(result.documents.first?.abstract == "&lol9;")
        }
        let bioc =
            "<!DOCTYPE collection [\n\(entities)]><collection><document><id>7</id><passage>"
            + "<infon key=\"type\">title</infon><offset>0</offset><text>&lol9;</text></passage></document></collection>"
        #expect(Self.read(bioc).documents.first?.title == "&lol9;")
    }

    @Test("a million nested XML elements are refused at the nesting limit, in bounded memory")
    func deepXML() {
        let depth = 1_000_000
        for (open, close) in [("<PubmedArticleSet>", "</PubmedArticleSet>"), ("<collection>", "</collection>")] {
            let xml = open + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + close
            let result = Self.read(xml)
            #expect(result.error == .nestingTooDeep(path: "hostile", line: 1))
        }
        let withinLimit = ReadLimits.nestingDepth - 10
        let nested = Self.pubmed(
            doctype: "", title: "Deep",
            abstract: String(repeating: "<i>", count: withinLimit) + "x"
                + String(repeating: "</i>", count: withinLimit))
        #expect(Self.read(nested).documents.first?.abstract == "x")
    }

    @Test("a million nested JSON brackets are refused at the nesting limit")
    func deepJSON() {
        let depth = 1_000_000
        let bioc =
            "{\"documents\": [" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "]}"
        #expect(Self.read(bioc, as: .biocJSON).error == .nestingTooDeep(path: "hostile", line: 1))
        let line =
            "{\"id\": 1, \"x\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "}\n"
        let result = Self.read(line, as: .jsonl)
        #expect(result.documents.isEmpty)
        #expect(result.error != nil)
    }

    /// A record just over the limit, for each line-based format and plain text.
    static let oversized: [(format: InputFormat, before: String, after: String, line: Int?, what: String)] = [
        (.jsonl, "{\"id\": 1, \"title\": \"t\"}\n{\"id\": 2, \"title\": \"", "\"}\n", 2, "line"),
        (.pubtator, "1|t|Title\n1|a|", "\n", 2, "line"),
        (.medline, "PMID- 1\nTI  - Title\nAB  - ", "\n", 3, "line"),
        (.text, "Title\n\n", "\n", nil, "plain text (one abstract per file)"),
        (
            .pubmedXML, "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>", "<",
            1, "XML token (text, tag, comment or declaration)"
        ),
    ]

    @Test("a line, record or token over 16 MiB refuses the file, naming it and the line", arguments: 0..<5)
    func oversizedRecord(index: Int) {
        let (format, before, after, line, what) = Self.oversized[index]
        // Reading stops once more than the limit is buffered, so within one 64 KiB chunk past it.
        let filler = [UInt8](repeating: UInt8(ascii: "a"), count: ReadLimits.recordBytes + 128 * 1024)
        let result = Self.read(Array(before.utf8) + filler + Array(after.utf8), as: format)
        #expect(result.error == .oversizedRecord(path: "hostile", line: line, what: what))
        #expect(result.error?.description.contains("16 MiB") == true)
    }

    @Test("a record of many lines over 16 MiB refuses the file, naming where the record starts")
    func oversizedMultilineRecord() {
        let mebibyte = String(repeating: "a", count: 1024 * 1024)
        let count = ReadLimits.recordBytes / (1024 * 1024) + 1
        let pubtator = "1|t|Title\n1|a|Abstract\n" + String(repeating: "1\tCID\t\(mebibyte)\tD1\n", count: count)
        #expect(
            Self.read(pubtator, as: .pubtator).error
                == .oversizedRecord(path: "hostile", line: 1, what: "PubTator document"))
        let medline = "PMID- 1\nTI  - Title\n" + String(repeating: "AB  - \(mebibyte)\n", count: count)
        #expect(
            Self.read(medline, as: .medline).error
                == .oversizedRecord(path: "hostile", line: 1, what: "MEDLINE record"))
        let abstracts = String(repeating: "<AbstractText>\(mebibyte)</AbstractText>", count: count)
        let xml = Self.pubmed(doctype: "", title: "t", abstract: "").replacingOccurrences(
            of: "<AbstractText></AbstractText>", with: abstracts)
        #expect(Self.read(xml).error == .oversizedRecord(path: "hostile", line: 3, what: "PubMed record"))
    }

    @Test("16 MiB of white space before anything else refuses the input")
    func leadingWhiteSpace() {
        let spaces = [UInt8](repeating: UInt8(ascii: " "), count: ReadLimits.recordBytes + 128 * 1024)
        let result = Self.read(spaces + Array("<PubmedArticleSet/>".utf8))
        #expect(
            result.error == .oversizedRecord(path: "hostile", line: nil, what: "white space at the start of the input"))
    }

    /// The gzip of what `command` prints, made with the system's `gzip`.
    static func gzip(_ command: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) | gzip -c"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    static let hasGzip =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip")
        || FileManager.default.isExecutableFile(atPath: "/bin/gzip")

    /// Gzip bombs (64 MiB inflating from about 64 KiB): each is refused within the first 16 MiB.
    static let bombs: [(command: String, error: ReadError)] = [
        ("head -c 67108864 /dev/zero", .binaryFile(path: "hostile", offset: 0)),
        (
            "head -c 67108864 /dev/zero | tr '\\0' ' '",
            .oversizedRecord(path: "hostile", line: nil, what: "white space at the start of the input")
        ),
        (
            "head -c 67108864 /dev/zero | tr '\\0' a",
            .oversizedRecord(path: "hostile", line: nil, what: "plain text (one abstract per file)")
        ),
        (
            "{ printf '{\"id\": 1, \"title\": \"'; head -c 67108864 /dev/zero | tr '\\0' a; }",
            .oversizedRecord(path: "hostile", line: 1, what: "line")
        ),
    ]

    @Test("a gzip bomb is refused in bounded memory", .enabled(if: hasGzip), arguments: 0..<4)
    func gzipBomb(index: Int) throws {
        let (command, error) = Self.bombs[index]
        let bomb = try Self.gzip(command)
        #expect(bomb.count < 1024 * 1024)
        let format: InputFormat = index == 3 ? .jsonl : .auto
        #expect(Self.read(bomb, as: format).error == error)
    }
}
