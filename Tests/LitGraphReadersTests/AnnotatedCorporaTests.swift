import LitGraphModel
import LitGraphReaders
import Testing

/// Reads a shared file with sniffing, collecting its documents and diagnostics.
func readShared(
    _ relativePath: String,
    format: InputFormat = .auto
) throws -> (documents: [Document], diagnostics: [ReadDiagnostic]) {
    var documents: [Document] = []
    var diagnostics: [ReadDiagnostic] = []
    try DocumentReader(format: format).read(
        InputFile(path: Fixtures.shared(relativePath)),
        diagnostics: { diagnostics.append($0) },
        { documents.append($0) }
    )
    return (documents, diagnostics)
}

@Suite("Annotated corpora (BioRED, BC5CDR)", .enabled(if: Fixtures.hasShared))
struct AnnotatedCorporaTests {
    static let corpusFiles: [(path: String, format: InputFormat, documents: Int)] = [
        ("corpora/biored/Train.PubTator", .pubtator, 400),
        ("corpora/biored/Dev.PubTator", .pubtator, 100),
        ("corpora/biored/Train.BioC.XML", .biocXML, 400),
        ("corpora/biored/Dev.BioC.XML", .biocXML, 100),
        ("corpora/biored/Dev.BioC.JSON", .biocJSON, 100),
        ("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt", .pubtator, 500),
        ("corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt", .pubtator, 500),
        ("corpora/bc5cdr/CDR_TrainingSet.BioC.xml", .biocXML, 500),
        ("corpora/bc5cdr/CDR_DevelopmentSet.BioC.xml", .biocXML, 500),
    ]

    @Test("every corpus file parses with its document count and zero offset diagnostics", arguments: corpusFiles)
    func parses(file: (path: String, format: InputFormat, documents: Int)) throws {
        let (documents, diagnostics) = try readShared(file.path)
        #expect(documents.count == file.documents)
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
        for document in documents {
            let text = document.text
            for mention in document.annotations {
                #expect(text.substring(in: mention.span) == mention.text, "\(document.id) \(mention)")
            }
        }
        #expect(documents.allSatisfy { !$0.annotations.isEmpty })
        #expect(documents.allSatisfy { !$0.title.isEmpty && !$0.abstract.isEmpty })
    }

    @Test("the sniffer picks each corpus file's format", arguments: corpusFiles)
    func sniffs(file: (path: String, format: InputFormat, documents: Int)) throws {
        let forced = try readShared(file.path, format: file.format).documents
        let sniffed = try readShared(file.path).documents
        #expect(forced == sniffed)
    }
}
