import Foundation
import LitGraphEvaluation
import Testing

@Suite("Evaluation report rendering")
struct NERReportTests {
    static let report = NERReport(
        documentCount: 2,
        rows: [
            NERReport.Row(
                level: .document, type: "chemical",
                counts: MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0)),
            NERReport.Row(level: .document, type: "all", counts: MatchCounts()),
        ])

    @Test("the table aligns columns and shows ratios with four decimals")
    func table() {
        #expect(
            Self.report.renderedTable() == """
                level     type      tp  fp  fn  precision  recall  f1
                document  chemical  2   1   0   0.6667     1.0000  0.8000
                document  all       0   0   0   0.0000     0.0000  0.0000

                """)
    }

    @Test("the JSON parses, with numbers for counts and ratios")
    func json() throws {
        let text = Self.report.renderedJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 2)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["type"] as? String == "chemical")
        #expect(rows[0]["tp"] as? Int == 2)
        #expect(rows[0]["precision"] as? Double == 0.6667)
        #expect(rows[0]["f1"] as? Double == 0.8)
        #expect(text.hasSuffix("}\n"))
    }

    @Test("an empty report is still valid JSON")
    func emptyJSON() throws {
        let text = NERReport(documentCount: 0, rows: []).renderedJSON()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((object?["rows"] as? [Any])?.isEmpty == true)
    }
}
