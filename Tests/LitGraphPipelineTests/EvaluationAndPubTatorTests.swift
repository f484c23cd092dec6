import Foundation
import LitGraphEvaluation
import LitGraphExport
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders
import LitGraphTestSupport
import Testing

/// `litgraph eval ner` and `litgraph export --format pubtator`, as the pipeline runs them.
@Suite struct EvaluationAndPubTatorTests {
    static let example = PackagePaths.package("Examples/oxytocin-resilience/abstract.txt").path
    static let pubTatorExample = PackagePaths.shared("docs/format-examples/pubtator_min.txt").path
    /// Whether the readers can read PubTator yet (they land on another branch).
    static let readsPubTator = InputFormat(rawValue: "pubtator") != nil

    static func extractor() throws -> Extractor { try Extractor.builtIn() }

    @Test func aFileWithoutAnnotationsCannotBeAGoldStandard() throws {
        let run = NEREvaluationRun(goldPath: Self.example, extractor: try Self.extractor())
        let error = try #require(throws: EvaluationError.self) { try run.run() }
        #expect(error == .noAnnotations(path: Self.example, documents: 1))
        #expect(error.description.contains("abstract.txt: none of its 1 documents carries entity annotations"))
    }

    @Test(.enabled(if: readsPubTator && PackagePaths.hasShared))
    func pubTatorGoldIsEvaluated() throws {
        let run = NEREvaluationRun(goldPath: Self.pubTatorExample, extractor: try Self.extractor())
        let report = try run.run()
        #expect(report.documentCount == 1)
        let chemicals = try #require(report.row(.document, "chemical")?.counts)
        #expect(chemicals.truePositives + chemicals.falseNegatives == 2)  // oxytocin, corticosterone
        #expect(report.row(.document, "all") != nil)
        #expect(try run.rendered(as: .tsv).hasPrefix("level\ttype\ttp\tfp\tfn\tprecision\trecall\tf1\n"))
    }

    @Test func theReportRendersAsTableTSVAndJSON() throws {
        let report = NERReport(
            documentCount: 1,
            rows: [
                NERReport.Row(level: .mention, type: "gene", counts: MatchCounts(truePositives: 1, falsePositives: 3))
            ]
        )
        #expect(
            report.rendered(as: .tsv)
                == "level\ttype\ttp\tfp\tfn\tprecision\trecall\tf1\nmention\tgene\t1\t3\t0\t0.2500\t1.0000\t0.4000\n")
        #expect(report.rendered(as: .table) == report.renderedTable())
        #expect(report.rendered(as: .json) == report.renderedJSON())
    }

    @Test func pubTatorExportWritesEveryStoredDocumentWithValidOffsets() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        _ = try GraphBuilder(extractor: try Self.extractor()).build(inputs: [Self.example], databasePath: database)
        let text = try DatabaseExport.render(.pubtator, databasePath: database)
        #expect(text == (try DatabaseExport.pubTator(databasePath: database)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let id = try #require(lines.first?.split(separator: "|").first.map(String.init))
        let title = try #require(lines.first?.dropFirst(id.count + 3))
        let abstract = try #require(lines.dropFirst().first?.dropFirst(id.count + 3))
        let documentText = String(title) + " " + String(abstract)
        var mentions = 0
        var relations: [String] = []
        for line in lines.dropFirst(2) where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(fields[0] == id)
            if fields.count == 6 {
                mentions += 1
                let span = try TextSpan(start: #require(Int(fields[1])), end: #require(Int(fields[2])))
                #expect(documentText.substring(in: span) == fields[3])
            } else {
                #expect(fields.count == 4, "\(line)")
                relations.append(fields[1...].joined(separator: " "))
            }
        }
        #expect(mentions > 10)
        #expect(lines.contains { $0.hasSuffix("\tOxytocin\tChemical\tMESH:D010121") })
        #expect(relations.contains("Bind MESH:D010121 5021"))  // oxytocin interacts with its receptor
        #expect(text.hasSuffix("\n\n"))
    }

    @Test func graphFormatsStillComeFromTheGraph() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        _ = try GraphBuilder(extractor: try Self.extractor()).build(inputs: [Self.example], databasePath: database)
        #expect(
            try DatabaseExport.render(.dot, databasePath: database)
                == GraphExports(databasePath: database).render(.dot))
    }
}
