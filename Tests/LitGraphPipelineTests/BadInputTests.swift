import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Every bad input ends in one line naming the file and the problem, and leaves the database as it was.
@Suite struct BadInputTests {
    /// A directory with a database already holding the example graph, and its bytes.
    struct Fixture {
        let directory: TemporaryDirectory
        let database: String

        init() throws {
            directory = try TemporaryDirectory()
            database = directory.path("graph.sqlite")
            _ = try BuildTests.builder.build(inputs: [BuildTests.example], databasePath: database)
        }

        var contents: GraphStatistics {
            get throws { try GraphStore(path: database, mode: .readOnly).statistics() }
        }

        /// Builds `input`, expecting an error whose one-line message names `path` and contains `problem`.
        func expectFailure(building input: String, naming path: String, problem: String) throws {
            let before = try contents
            do {
                _ = try BuildTests.builder.build(inputs: [input], databasePath: database)
                Issue.record("building \(input) succeeded")
            } catch {
                let message = "\(error)"
                #expect(!message.contains("\n"), "\(message)")
                #expect(message.contains(path), "\(message)")
                #expect(message.contains(problem), "\(message)")
            }
            #expect(try contents == before)
        }
    }

    @Test func missingFile() throws {
        let fixture = try Fixture()
        let path = fixture.directory.path("nowhere.xml")
        try fixture.expectFailure(building: path, naming: path, problem: "no such file")
    }

    @Test func emptyFile() throws {
        let fixture = try Fixture()
        let path = try fixture.directory.write("", to: "empty.txt")
        try fixture.expectFailure(building: path, naming: path, problem: "empty")
    }

    @Test func binaryFile() throws {
        let fixture = try Fixture()
        let path = try fixture.directory.write(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01]), to: "tool.bin")
        try fixture.expectFailure(building: path, naming: path, problem: "binary")
    }

    @Test func invalidUTF8() throws {
        let fixture = try Fixture()
        let bytes = Data("Title\n\nOxytocin increases trust ".utf8) + Data([0xC3, 0x28, 0xFF]) + Data(" here.".utf8)
        let path = try fixture.directory.write(bytes, to: "latin.txt")
        try fixture.expectFailure(building: path, naming: path, problem: "UTF-8")
    }

    @Test func truncatedXML() throws {
        let fixture = try Fixture()
        let xml = """
            <?xml version="1.0"?>
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">1</PMID><Article>
            <ArticleTitle>Oxytocin and trust</ArticleTitle><Abstract><AbstractText>Oxytocin increases trust.
            """
        let path = try fixture.directory.write(xml, to: "cut.xml")
        try fixture.expectFailure(building: path, naming: path, problem: "truncated XML")
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func truncatedGzip() throws {
        let fixture = try Fixture()
        let whole = try Data(contentsOf: PackagePaths.shared("formats/pubmed-xml/test_current_medline.xml.gz"))
        let path = try fixture.directory.write(whole.prefix(whole.count / 2), to: "cut.xml.gz")
        try fixture.expectFailure(building: path, naming: path, problem: "truncated gzip")
    }

    @Test func databaseThatIsNotLitGraphIsLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let notes = try directory.write("my lab notes\n", to: "notes.db")
        let before = try Data(contentsOf: URL(filePath: notes))
        #expect(throws: StoreError.notSQLite(path: notes)) {
            _ = try BuildTests.builder.build(inputs: [BuildTests.example], databasePath: notes)
        }
        #expect(try Data(contentsOf: URL(filePath: notes)) == before)
    }

    @Test func badFileAmongGoodOnesStoresNothingOfItself() throws {
        let fixture = try Fixture()
        let good = try fixture.directory.write("Trust\n\nPMID: 7\n\nOxytocin increases trust.", to: "good.txt")
        let bad = try fixture.directory.write("<PubmedArticleSet><PubmedArticle>", to: "bad.xml")
        #expect(throws: (any Error).self) {
            _ = try BuildTests.builder.build(inputs: [good, bad], databasePath: fixture.database)
        }
        #expect(try fixture.contents.documents == 2)
    }
}
