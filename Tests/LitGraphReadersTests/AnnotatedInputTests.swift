import Foundation
import LitGraphModel
import LitGraphReaders
import Testing

/// Reads `text` written to a scratch file called `name`, with sniffing unless `format` is given.
private func read(
    _ text: String,
    name: String,
    format: InputFormat = .auto
) throws -> (documents: [Document], diagnostics: [ReadDiagnostic], path: String) {
    let folder = try ScratchFolder()
    let path = try folder.write(name, text: text)
    var documents: [Document] = []
    var diagnostics: [ReadDiagnostic] = []
    try DocumentReader(format: format).read(
        InputFile(path: path), diagnostics: { diagnostics.append($0) }, { documents.append($0) })
    return (documents, diagnostics, path)
}

/// The error reading `text` throws, if any.
private func readError(_ text: String, name: String) -> (error: ReadError?, path: String) {
    do {
        let folder = try ScratchFolder()
        let path = try folder.write(name, text: text)
        do {
            _ = try DocumentReader().documents(in: InputFile(path: path))
            return (nil, path)
        } catch let error as ReadError {
            return (error, path)
        }
    } catch {
        return (nil, "")
    }
}

@Suite("Annotated inputs: non-ASCII offsets, JSON Lines, bad input")
struct AnnotatedInputTests {
    static let title = "β-Endorphin and µ-opioid receptors in café 𝛃 cells."
    static let abstract = "Naloxone blocked β-endorphin."

    /// Offsets of `needle` in `title + " " + abstract` in the given unit.
    private func offsets(of needle: String, unit: (Substring) -> Int) -> (Int, Int) {
        let text = Self.title + " " + Self.abstract
        guard let range = text.range(of: needle) else { return (-1, -1) }
        let start = unit(text[..<range.lowerBound])
        return (start, start + unit(text[range]))
    }

    @Test("non-ASCII offsets as code points, UTF-16 units, UTF-8 bytes or a little off all land on the text")
    func nonASCIIOffsets() throws {
        let scalars = offsets(of: "µ-opioid receptors") { $0.unicodeScalars.count }
        let utf8 = offsets(of: "cells") { $0.utf8.count }
        let utf16 = offsets(of: "Naloxone") { $0.utf16.count }
        let near = offsets(of: "β-endorphin") { $0.unicodeScalars.count + 3 }
        let lines = [
            "1|t|\(Self.title)", "1|a|\(Self.abstract)",
            "1\t0\t11\tβ-Endorphin\tChemical\tD004723",
            "1\t\(scalars.0)\t\(scalars.1)\tµ-opioid receptors\tGene\t4988",
            "1\t\(utf8.0)\t\(utf8.1)\tcells\tCellLine\t-",
            "1\t\(utf16.0)\t\(utf16.1)\tNaloxone\tChemical\tD009270",
            "1\t\(near.0)\t\(near.1)\tβ-endorphin\tChemical\tD004723",
            "1\t0\t5\tnaloxone\tChemical\tD009270",
        ]
        let (documents, diagnostics, path) = try read(lines.joined(separator: "\r\n") + "\r\n", name: "beta.pubtator")
        let document = try #require(documents.first)
        let text = Array(document.text.unicodeScalars)
        #expect(document.annotations.count == 5)
        for mention in document.annotations {
            #expect(String(String.UnicodeScalarView(text[mention.span.start..<mention.span.end])) == mention.text)
        }
        #expect(
            document.annotations.map(\.text).sorted() == [
                "Naloxone", "cells", "µ-opioid receptors", "β-Endorphin", "β-endorphin",
            ])
        #expect(document.annotations.first { $0.text == "cells" }?.entity.id == "LITGRAPH:cells")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 8)
        #expect(diagnostics.first?.description.hasPrefix("\(path):8: document 1: mention \"naloxone\"") == true)
    }

    @Test("BioC XML with byte offsets (as its DTD says) after a non-ASCII title")
    func biocByteOffsets() throws {
        let title = "Café β study."
        let abstract = "Oxytocin helps."
        let passage = title.utf8.count + 1
        let xml = """
            <?xml version="1.0"?><collection><source>x</source><date>x</date><key>x</key>
            <document><id>7</id>
            <passage><infon key="type">title</infon><offset>0</offset><text>\(title)</text>
            <annotation id="a"><infon key="type">Chemical</infon><infon key="identifier">MESH:D1</infon>
            <location offset="6" length="1"/><text>β</text></annotation></passage>
            <passage><infon key="type">abstract</infon><offset>\(passage)</offset><text>\(abstract)</text>
            <annotation id="b"><infon key="type">Chemical</infon><infon key="identifier">D010121</infon>
            <location offset="\(passage)" length="8"/><text>Oxytocin</text></annotation></passage>
            </document></collection>
            """
        let (documents, diagnostics, _) = try read(xml, name: "bytes.xml")
        let document = try #require(documents.first)
        #expect(diagnostics.isEmpty)
        #expect(document.text == title + " " + abstract)
        #expect(document.annotations.map(\.span) == [TextSpan(start: 5, end: 6), TextSpan(start: 14, end: 22)])
    }

    @Test("JSON Lines: id or pmid, title and abstract; other keys ignored")
    func jsonLines() throws {
        let text = """
            {"id": "a1", "title": "First.", "abstract": "One.", "extra": [1, 2]}

            {"pmid": 42, "title": "Second.", "abstract": "Two."}
            """
        let (documents, _, _) = try read(text, name: "x.jsonl")
        #expect(documents.map(\.id) == ["a1", "42"])
        #expect(documents.map(\.pmid) == [nil, "42"])
        #expect(documents[1].text == "Second. Two.")
    }

    @Test(
        "bad input: one line naming the file and line",
        arguments: [
            ("bad.pubtator", "1|t|T\n1|a|A\n1\t0\t1", 3, "3 tab-separated fields"),
            ("bad.pubtator", "1|t|T\n1|a|A\n1\t0\t1\tT\tChemical\tD1\tx\ty", 3, "8 tab-separated fields"),
            ("bad.pubtator", "1|t|T\n1|a|A\n1\tzero\t1\tT\tChemical\tD1", 3, "are not numbers"),
            ("bad.pubtator", "1|t|T\n1|a|A\n2\t0\t1\tT\tChemical\tD1", 3, "PMID 2 inside the document of PMID 1"),
            ("bad.json", "{\"documents\": [{\"id\": \"1\", \"passages\": [", 1, "input ends inside"),
            ("bad.json", "{\"documents\": [\n{\"id\": \"1\",, \"passages\": []}]}", 2, "not valid JSON"),
            ("bad.json", "{\"documents\": [{\"id\": \"1\"]}", 1, "unexpected \"]\""),
            ("bad.jsonl", "{\"id\": \"1\", \"title\": \"T\"}\n[1, 2]\n", 2, "not a JSON object"),
            ("bad.jsonl", "{\"id\": \"1\", \"title\": \"T\"}\n{\"id\": \n", 2, "not valid JSON"),
            ("bad.jsonl", "{\"id\": \"1\", \"title\": \"T\"}\n{\"title\": \"T\"}\n", 2, "no \"id\" or \"pmid\""),
            ("bad.nbib", "PMID- 1\nTI  - T\nthis is not a tag\n", 3, "not a \"TAG - value\" line"),
            (
                "bad.xml", "<collection><document><passage><offset>x</offset></passage></document></collection>", 1,
                "is not a number"
            ),
        ]
    )
    func badInput(name: String, text: String, line: Int, detail: String) {
        let (error, path) = readError(text, name: name)
        let description = error?.description ?? "no error"
        #expect(description.hasPrefix("\(path):\(line): malformed "), "\(description)")
        #expect(description.contains(detail), "\(description)")
        #expect(!description.contains("\n"))
    }

    @Test("format names are the command-line spellings, new formats included")
    func formatNames() {
        #expect(
            InputFormat.allCases.map(\.rawValue) == [
                "auto", "text", "pubmed-xml", "pubtator", "bioc-xml", "bioc-json", "medline", "jsonl",
            ])
    }

    @Test("folders pick up the annotated formats' extensions")
    func folderExtensions() {
        #expect(
            DocumentReader.folderExtensions.isSuperset(of: ["pubtator", "json", "jsonl", "nbib", "medline", "bioc"]))
    }
}
