import Foundation
import LitGraphModel
import LitGraphReaders
import Testing

@Suite("PubMed XML reader")
struct PubMedReaderTests {
    /// Reads `xml` (written to a scratch file) with format sniffing.
    private func documents(_ xml: String, format: InputFormat = .auto) throws -> [Document] {
        let folder = try ScratchFolder()
        let path = try folder.write("sample.xml", text: xml)
        return try DocumentReader(format: format).documents(in: InputFile(path: path))
    }

    private func article(_ inner: String, pmid: String = "12345678", after: String = "") -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle//EN" "https://example.invalid/pubmed.dtd">
        <PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE">
        <PMID Version="1">\(pmid)</PMID>
        <Article>\(inner)</Article>
        \(after)
        </MedlineCitation></PubmedArticle></PubmedArticleSet>
        """
    }

    @Test("the FORMATS.md minimal example", .enabled(if: Fixtures.hasShared))
    func minimalExample() throws {
        let path = Fixtures.shared("docs/format-examples/pubmed_min.xml")
        let documents = try DocumentReader().documents(in: InputFile(path: path))
        let document = try #require(documents.first)
        #expect(documents.count == 1)
        #expect(document.id == "12345678")
        #expect(document.pmid == "12345678")
        #expect(document.title == "Oxytocin attenuates stress-induced activation of the HPA axis in Rattus norvegicus.")
        #expect(
            document.abstract
                == "BACKGROUND: Oxytocin modulates the HPA axis. RESULTS: Oxytocin reduced plasma corticosterone."
        )
        #expect(
            document.sections == [
                AbstractSection(label: "BACKGROUND", text: "Oxytocin modulates the HPA axis."),
                AbstractSection(label: "RESULTS", text: "Oxytocin reduced plasma corticosterone."),
            ]
        )
        #expect(document.journal == "Journal of Examples")
        #expect(document.year == 2020)
        #expect(document.meshHeadings == [MeshHeading(descriptorID: "D010121", name: "Oxytocin", isMajorTopic: true)])
        #expect(document.publicationTypes == ["Journal Article"])
        #expect(document.source == path)
    }

    @Test("every shared PubMed file parses", .enabled(if: Fixtures.hasShared), arguments: Fixtures.pubmedXMLFiles)
    func sharedFile(name: String) throws {
        let path = Fixtures.shared("formats/pubmed-xml/\(name)")
        if name.hasSuffix("mesh_desc_sample.xml") {
            #expect(throws: ReadError.unsupportedXML(path: path, root: "DescriptorRecordSet")) {
                try DocumentReader().documents(in: InputFile(path: path))
            }
            return
        }
        let documents = try DocumentReader().documents(in: InputFile(path: path))
        #expect(!documents.isEmpty)
        for document in documents {
            #expect(document.pmid.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } == true)
            #expect(!document.title.isEmpty)
            #expect(!document.title.contains("  ") && !document.abstract.contains("  "))
        }
    }

    @Test(
        "MEDLINE baseline: 604 citations, DeleteCitation ignored, .xml and .xml.gz identical",
        .enabled(if: Fixtures.hasShared))
    func baseline() throws {
        let plain = try DocumentReader().documents(
            in: InputFile(path: Fixtures.shared("formats/pubmed-xml/medline16n0902.xml")))
        let gzipped = try DocumentReader().documents(
            in: InputFile(path: Fixtures.shared("formats/pubmed-xml/medline16n0902.xml.gz"))
        )
        #expect(plain.count == 604)
        #expect(gzipped.count == 604)
        #expect(Set(plain.map(\.id)).count == 604)
        let strip = { (documents: [Document]) in
            documents.map {
                var copy = $0; copy.source = nil; return copy
            }
        }
        #expect(strip(plain) == strip(gzipped))
        #expect(plain.allSatisfy { $0.year != nil && $0.journal != nil })
    }

    @Test("the record's own PMID, not those in CommentsCorrections")
    func ownPMID() throws {
        let xml = article(
            "<ArticleTitle>T.</ArticleTitle>",
            pmid: "111",
            after: "<CommentsCorrectionsList><CommentsCorrections><PMID Version=\"1\">999</PMID>"
                + "</CommentsCorrections></CommentsCorrectionsList>"
        )
        #expect(try documents(xml).map(\.id) == ["111"])
    }

    @Test("inline markup is kept as plain text, white space collapsed")
    func inlineMarkup() throws {
        let xml = article(
            """
            <ArticleTitle>Effect of <i>Rattus
               norvegicus</i> CO<sub>2</sub> on <mml:math><mml:mi>x</mml:mi></mml:math>  levels &amp; &#xe9;t&#233;.</ArticleTitle>
            <Abstract><AbstractText>Line one
            line <b>two</b> &unknown; <![CDATA[a<b]]>.</AbstractText></Abstract>
            """
        )
        let document = try #require(try documents(xml).first)
        #expect(document.title == "Effect of Rattus norvegicus CO2 on x levels & été.")
        #expect(document.abstract == "Line one line two &unknown; a<b.")
        #expect(document.sections.isEmpty)
    }

    @Test(
        "year falls back to MedlineDate, then ArticleDate",
        arguments: [
            ("<PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate>", "", 1998),
            ("<PubDate><Season>Spring</Season></PubDate>", "<ArticleDate><Year>2021</Year></ArticleDate>", 2021),
            ("<PubDate><Year>2019</Year></PubDate>", "<ArticleDate><Year>2018</Year></ArticleDate>", 2019),
        ])
    func year(pubDate: String, articleDate: String, expected: Int) throws {
        let xml = article(
            "<Journal><JournalIssue>\(pubDate)</JournalIssue><Title>J</Title></Journal><ArticleTitle>T</ArticleTitle>"
                + articleDate
        )
        #expect(try documents(xml).first?.year == expected)
    }

    @Test("VernacularTitle only when ArticleTitle is empty")
    func vernacularTitle() throws {
        let empty = article("<ArticleTitle></ArticleTitle><VernacularTitle>Titre.</VernacularTitle>")
        let full = article("<ArticleTitle>Title.</ArticleTitle><VernacularTitle>Titre.</VernacularTitle>")
        #expect(try documents(empty).first?.title == "Titre.")
        #expect(try documents(full).first?.title == "Title.")
    }

    @Test("OtherAbstract is ignored; unlabelled parts are joined")
    func otherAbstract() throws {
        let xml = article(
            "<ArticleTitle>T</ArticleTitle><Abstract><AbstractText>One.</AbstractText><AbstractText>Two.</AbstractText>"
                + "</Abstract>",
            after: "<OtherAbstract Type=\"Publisher\"><AbstractText>Autre.</AbstractText></OtherAbstract>"
        )
        let document = try #require(try documents(xml).first)
        #expect(document.abstract == "One. Two.")
        #expect(document.sections.isEmpty)
    }

    @Test("book articles: BookDocument PMID, BookTitle, abstract")
    func bookArticle() throws {
        let xml = """
            <PubmedArticleSet><PubmedBookArticle><BookDocument><PMID Version="1">20301295</PMID>
            <Book><BookTitle>GeneReviews</BookTitle><PubDate><Year>1993</Year></PubDate></Book>
            <Abstract><AbstractText Label="CLINICAL">Text.</AbstractText></Abstract>
            <PublicationType UI="D016454">Review</PublicationType>
            </BookDocument><PubmedBookData/></PubmedBookArticle>
            <DeleteCitation><PMID Version="1">1</PMID></DeleteCitation></PubmedArticleSet>
            """
        let documents = try documents(xml)
        #expect(documents.map(\.id) == ["20301295"])
        #expect(documents.first?.title == "GeneReviews")
        #expect(documents.first?.abstract == "CLINICAL: Text.")
        #expect(documents.first?.year == 1993)
        #expect(documents.first?.publicationTypes == ["Review"])
    }

    @Test("forced pubmed-xml format still checks the root")
    func forcedFormat() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("other.xml", text: "<html><body/></html>")
        #expect(throws: ReadError.unsupportedXML(path: path, root: "html")) {
            try DocumentReader(format: .pubmedXML).documents(in: InputFile(path: path))
        }
    }
}
