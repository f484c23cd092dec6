import LitGraphModel
import LitGraphReaders
import Testing

@Suite("Plain-text reader")
struct PlainTextReaderTests {
    private func read(_ text: String, name: String = "abstract.txt") throws -> Document {
        let folder = try ScratchFolder()
        let path = try folder.write(name, text: text)
        let documents = try DocumentReader().documents(in: InputFile(path: path))
        #expect(documents.count == 1)
        return try #require(documents.first)
    }

    @Test("title, blank line, abstract")
    func titleBlankAbstract() throws {
        let document = try read("Oxytocin and stress\n\nOxytocin reduces cortisol.\nIt also calms.\n")
        #expect(document.title == "Oxytocin and stress")
        #expect(document.abstract == "Oxytocin reduces cortisol. It also calms.")
        #expect(document.id == "abstract")
        #expect(document.pmid == nil)
        #expect(document.sections.isEmpty)
    }

    @Test("no blank line between title and abstract")
    func titleWithoutBlankLine() throws {
        let document = try read("Oxytocin and stress.\nOxytocin reduces cortisol in healthy adults.\nIt also calms.")
        #expect(document.title == "Oxytocin and stress.")
        #expect(document.abstract == "Oxytocin reduces cortisol in healthy adults. It also calms.")
    }

    @Test(
        "PMID line sets the id and leaves the text", arguments: ["PMID: 12345678", "pmid- 12345678", "PMID:12345678"])
    func pmidLine(line: String) throws {
        let document = try read("\(line)\nOxytocin and stress\n\nOxytocin reduces cortisol.\n")
        #expect(document.pmid == "12345678")
        #expect(document.id == "12345678")
        #expect(document.title == "Oxytocin and stress")
        #expect(document.abstract == "Oxytocin reduces cortisol.")
    }

    @Test("PMID line after the abstract")
    func pmidLineAtEnd() throws {
        let document = try read("Oxytocin and stress\n\nOxytocin reduces cortisol.\n\nPMID: 42\n")
        #expect(document.pmid == "42")
        #expect(document.abstract == "Oxytocin reduces cortisol.")
    }

    @Test("structured abstract in several paragraphs keeps every section")
    func structuredAbstract() throws {
        let text = """
            Oxytocin and resilience in breast cancer.

            BACKGROUND: Breast cancer compromises resilience.

            METHODS: We reviewed 40 studies.

            RESULTS: Oxytocin improved resilience.

            CONCLUSIONS: Oxytocin matters.
            """
        let document = try read(text)
        #expect(document.title == "Oxytocin and resilience in breast cancer.")
        #expect(
            document.abstract
                == "BACKGROUND: Breast cancer compromises resilience. METHODS: We reviewed 40 studies. "
                + "RESULTS: Oxytocin improved resilience. CONCLUSIONS: Oxytocin matters."
        )
        #expect(document.sections.map(\.label) == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])
        #expect(document.sections.first?.text == "Breast cancer compromises resilience.")
    }

    @Test("labels on their own lines join their paragraph")
    func standaloneLabels() throws {
        let document = try read(
            "Oxytocin and resilience\n\nBackground\n\nBreast cancer hurts.\n\nResults\n\nIt helps.\n")
        #expect(document.title == "Oxytocin and resilience")
        #expect(document.abstract == "BACKGROUND: Breast cancer hurts. RESULTS: It helps.")
    }

    @Test("file name without extensions is the id", arguments: [("a/b/paper-1.txt", "paper-1"), ("x.txt.gz", "x")])
    func fallbackID(path: String, expected: String) {
        #expect(InputFile(path: path).fallbackDocumentID == expected)
        #expect(InputFile(path: "-").fallbackDocumentID == "stdin")
    }

    @Test("CRLF line endings")
    func crlf() throws {
        let document = try read("Oxytocin and stress\r\n\r\nOxytocin reduces cortisol.\r\n")
        #expect(document.title == "Oxytocin and stress")
        #expect(document.abstract == "Oxytocin reduces cortisol.")
    }

    @Test("raw web-page capture keeps only the title and the abstract", .enabled(if: Fixtures.hasShared))
    func webPageCapture() throws {
        let path = Fixtures.shared("origin/oxytocin-resilience-page.txt")
        let document = try #require(try DocumentReader().documents(in: InputFile(path: path)).first)
        #expect(document.title == "The role of the oxytocin system in the resilience of patients with breast cancer.")
        #expect(document.abstract.hasPrefix("Breast cancer is a grave"))
        #expect(document.abstract.hasSuffix("future research directions and interventions."))
        for boilerplate in [
            "Full text links", "Can't access", "Copyright", "Add like", "Journal Article", "mobile app",
        ] {
            #expect(!document.text.contains(boilerplate), "\(boilerplate) leaked into the document")
        }
        #expect(document.id == "oxytocin-resilience-page")
        #expect(document.source == path)
    }

    @Test("capture with boilerplate before and copyright after, from memory")
    func syntheticCapture() throws {
        let text = """
            Skip to main content
            Journal Article

            Add to saved papers

            Oxytocin buffers stress in mice.

            Oxytocin was given to stressed mice and reduced their corticosterone response by half, \
            which suggests a buffering role.

            Related articles
            Copyright © 2024 Example Inc. All rights reserved.
            """
        let document = try read(text)
        #expect(document.title == "Oxytocin buffers stress in mice.")
        #expect(document.abstract.hasPrefix("Oxytocin was given"))
        #expect(document.abstract.hasSuffix("buffering role."))
    }
}
