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
            let scalars = Array(document.text.unicodeScalars)
            for mention in document.annotations {
                let covered = String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end]))
                #expect(covered == mention.text, "\(document.id) \(mention)")
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

    @Test(
        "PubTator and BioC give the same documents",
        arguments: [
            ("corpora/biored/Dev.PubTator", "corpora/biored/Dev.BioC.XML"),
            ("corpora/biored/Dev.PubTator", "corpora/biored/Dev.BioC.JSON"),
            ("corpora/biored/Train.PubTator", "corpora/biored/Train.BioC.XML"),
            ("corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt", "corpora/bc5cdr/CDR_DevelopmentSet.BioC.xml"),
            ("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt", "corpora/bc5cdr/CDR_TrainingSet.BioC.xml"),
        ]
    )
    func sameDocuments(pubtator: String, bioc: String) throws {
        let left = try readShared(pubtator).documents
        let right = try readShared(bioc).documents
        try #require(left.count == right.count)
        for (one, other) in zip(left, right) {
            #expect(one.id == other.id)
            #expect(one.title == other.title)
            #expect(one.abstract == other.abstract)
            #expect(Set(one.annotations) == Set(other.annotations), "\(one.id)")
            #expect(Set(one.annotatedRelations) == Set(other.annotatedRelations), "\(one.id)")
            #expect(one.annotatedRelations.count == other.annotatedRelations.count, "\(one.id)")
        }
    }

    @Test("BioRED document 14510914: mentions, variants, relations with novelty")
    func bioredDocument() throws {
        let documents = try readShared("corpora/biored/Dev.PubTator").documents
        let document = try #require(documents.first { $0.id == "14510914" })
        #expect(document.annotations.count == 37)
        #expect(document.annotatedRelations.count == 12)
        let first = try #require(document.annotations.first)
        #expect(first.entity == Entity(id: "MESH:D003409", name: "Congenital hypothyroidism", category: .disease))
        #expect(first.span == TextSpan(start: 0, end: 25))
        let ids = Set(document.annotations.map(\.entity.id))
        #expect(
            ids.isSuperset(of: ["NCBIGene:6528", "NCBITaxon:9606", "MESH:D007454", "tmVar:c|DEL|1314_1328|"]))
        #expect(
            document.annotatedRelations.first
                == DocumentRelation(
                    type: "Positive_Correlation", firstID: "tmVar:c|DEL|1314_1328|",
                    secondID: "MESH:D003409", isNovel: true)
        )
        #expect(
            document.annotatedRelations.contains(
                DocumentRelation(type: "Association", firstID: "MESH:D050033", secondID: "MESH:D007454", isNovel: false)
            ))
    }

    @Test("BC5CDR document 6794356: CID relations, composite mentions split per identifier")
    func cdrDocument() throws {
        let development = try readShared("corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt").documents
        let lithium = try #require(development.first { $0.id == "6794356" })
        #expect(lithium.annotatedRelations.map(\.secondID) == ["MESH:D003490", "MESH:D001145", "MESH:D003866"])
        #expect(lithium.annotatedRelations.allSatisfy { $0.type == "CID" && $0.firstID == "MESH:D016651" })
        #expect(lithium.annotatedRelations.allSatisfy { $0.isNovel == nil })
        let documents = try readShared("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt").documents
        let cystitis = try #require(documents.first { $0.id == "7269015" })
        let composite = cystitis.annotations.filter { $0.text == "hemorrhage cystitis" }
        #expect(Set(composite.map(\.entity.id)) == ["MESH:D006470", "MESH:D003556"])
        #expect(Set(composite.map(\.span)).count == 1)
    }

    @Test("a BioRED relation naming two identifiers becomes one relation per identifier")
    func compositeRelation() throws {
        let documents = try readShared("corpora/biored/Train.PubTator").documents
        let document = try #require(documents.first { $0.id == "20528871" })
        let expanded = document.annotatedRelations.filter {
            $0.firstID == "MESH:D003520" && $0.type == "Negative_Correlation"
        }
        #expect(expanded.map(\.secondID) == ["MESH:D015458", "MESH:D016399"])
        #expect(document.annotatedRelations.count == 12)  // 9 relation lines, 3 of them naming two diseases
    }
}
