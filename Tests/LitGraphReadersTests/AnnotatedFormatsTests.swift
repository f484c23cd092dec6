import LitGraphModel
import LitGraphReaders
import Testing

@Suite("Format examples, MEDLINE and JSON Lines", .enabled(if: Fixtures.hasShared))
struct AnnotatedFormatsTests {
    private static let oxytocin = Entity(id: "MESH:D010121", name: "Oxytocin", category: .chemical)

    @Test("pubtator_min.txt: mentions grounded as CURIEs, the CID relation")
    func pubtatorExample() throws {
        let (documents, diagnostics) = try readShared("docs/format-examples/pubtator_min.txt")
        let document = try #require(documents.first)
        #expect(documents.count == 1 && diagnostics.isEmpty)
        #expect(document.id == "12345678" && document.pmid == "12345678")
        #expect(
            document.annotations.map(\.entity.id) == [
                "MESH:D010121", "NCBITaxon:10116", "MESH:D010121", "MESH:D003345", "NCBIGene:1392",
            ])
        #expect(document.annotations.first?.entity == Self.oxytocin)
        #expect(document.annotations[1].entity.category == .organism)
        #expect(
            document.annotatedRelations == [
                DocumentRelation(type: "CID", firstID: "MESH:D010121", secondID: "MESH:D003345")
            ])
    }

    @Test("bioc_min.xml and bioc_min.json: the same document, relation nodes resolved", arguments: ["xml", "json"])
    func biocExample(extension: String) throws {
        let (documents, diagnostics) = try readShared("docs/format-examples/bioc_min.\(`extension`)")
        let document = try #require(documents.first)
        #expect(documents.count == 1 && diagnostics.isEmpty)
        #expect(document.title == "Oxytocin attenuates HPA axis activation in rats.")
        #expect(document.abstract.hasPrefix("Intranasal oxytocin"))
        #expect(document.annotations.map(\.span) == [TextSpan(start: 0, end: 8), TextSpan(start: 77, end: 91)])
        #expect(document.annotations.first?.entity == Self.oxytocin)
        #expect(
            document.annotatedRelations == [
                DocumentRelation(type: "decreases", firstID: "MESH:D010121", secondID: "MESH:D003345")
            ])
    }

    @Test("medline_min.txt: two records, continuation lines, MeSH headings and year")
    func medlineExample() throws {
        let documents = try readShared("docs/format-examples/medline_min.txt").documents
        try #require(documents.count == 2)
        let first = documents[0]
        #expect(first.id == "12345678")
        #expect(first.title == "Oxytocin attenuates stress-induced activation of the HPA axis in Rattus norvegicus.")
        #expect(
            first.abstract
                == "BACKGROUND: Oxytocin modulates the HPA axis. RESULTS: Oxytocin reduced plasma corticosterone.")
        #expect(first.year == 2020)
        #expect(first.publicationTypes == ["Journal Article"])
        #expect(
            first.meshHeadings == [
                MeshHeading(descriptorID: "", name: "Oxytocin", isMajorTopic: true),
                MeshHeading(descriptorID: "", name: "Hypothalamo-Hypophyseal System", isMajorTopic: false),
            ])
        #expect(documents[1].title == "A second record." && documents[1].abstract.isEmpty)
    }

    @Test(
        "every MEDLINE export parses, CRLF included",
        arguments: [
            ("formats/medline/biopython-1.88/pubmed_result1.txt", 1),
            ("formats/medline/biopython-1.88/pubmed_result2.txt", 4),
            ("formats/medline/biopython-1.88/pubmed_result3.txt", 1),
            ("formats/medline/holub008-nbib/pmc_medlars.txt", 5),
            ("formats/medline/holub008-nbib/pubmed-balloongui-set.nbib", 75),
            ("formats/medline/holub008-nbib/single.nbib", 1),
        ]
    )
    func medlineFiles(path: String, count: Int) throws {
        let documents = try readShared(path).documents
        #expect(documents.count == count)
        #expect(documents.allSatisfy { !$0.title.isEmpty && $0.pmid != nil })
        #expect(documents.allSatisfy { !$0.text.contains("\r") && !$0.title.hasSuffix(" ") })
        #expect(try readShared(path, format: .medline).documents == documents)
    }

    @Test("a CRLF MEDLINE record: journal, year, headings with subheadings dropped")
    func medlineRecord() throws {
        let documents = try readShared("formats/medline/holub008-nbib/pubmed-balloongui-set.nbib").documents
        let document = try #require(documents.first { $0.id == "28754806" })
        #expect(
            document.title
                == "Impact of balloon guide catheter on technical and clinical outcomes: a systematic review and meta-analysis."
        )
        #expect(document.journal == "Journal of neurointerventional surgery")
        #expect(document.year == 2018)
        let headings = document.meshHeadings.map(\.name)
        #expect(headings.prefix(2) == ["Aged", "Brain Ischemia"] && headings.contains("Clinical Trials as Topic"))
        #expect(document.meshHeadings.allSatisfy { $0.descriptorID.isEmpty })
        #expect(document.publicationTypes.contains("Meta-Analysis"))
    }

    @Test("the benchmark's JSON Lines file is sniffed and read")
    func benchmarkJSONLines() throws {
        let documents = try readShared("bench/abstracts.jsonl").documents
        #expect(documents.count == 12_080)
        #expect(documents.first?.id == "26094")
        #expect(documents.first?.title == "Antihypertensive drugs and depression: a reappraisal.")
    }

    @Test(
        "format examples and MEDLINE files are sniffed without --input-format",
        arguments: [
            ("docs/format-examples/pubtator_min.txt", InputFormat.pubtator),
            ("docs/format-examples/bioc_min.xml", .biocXML),
            ("docs/format-examples/bioc_min.json", .biocJSON),
            ("docs/format-examples/medline_min.txt", .medline),
            ("docs/format-examples/pubmed_min.xml", .pubmedXML),
            ("formats/medline/holub008-nbib/pmc_medlars.txt", .medline),
        ]
    )
    func sniffing(path: String, format: InputFormat) throws {
        let sniffed = try readShared(path).documents
        #expect(!sniffed.isEmpty)
        #expect(try readShared(path, format: format).documents == sniffed)
    }
}
