import Foundation
import LitGraphEvaluation
import Testing

@Suite("Relation report rendering")
struct RelationReportTests {
    static let report = RelationReport(
        documentCount: 3, unjudgedPairCount: 2,
        rows: [
            .init(
                measure: .pair, type: "all",
                counts: MatchCounts(truePositives: 1, falsePositives: 3, falseNegatives: 1),
                countsFalsePositives: true),
            .init(
                measure: .pair, type: "Association", counts: MatchCounts(truePositives: 1, falseNegatives: 1),
                countsFalsePositives: false),
            .init(
                measure: .polarity, type: "all", counts: MatchCounts(truePositives: 3, falsePositives: 1),
                countsFalsePositives: true),
        ])

    @Test func tableMarksUndefinedFigures() {
        #expect(
            Self.report.renderedTable() == """
                measure   type         tp  fp  fn  precision  recall  f1      accuracy
                pair      all          1   3   1   0.2500     0.5000  0.3333  -
                pair      Association  1   -   1   -          0.5000  -       -
                polarity  all          3   1   0   -          -       -       0.7500

                """)
    }

    @Test func jsonHasNumbersAndNulls() throws {
        let json = Self.report.renderedJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 3)
        #expect(object["unjudged_pairs"] as? Int == 2)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["f1"] as? Double == 0.3333)
        #expect(rows[1]["fp"] is NSNull && rows[1]["precision"] is NSNull)
        #expect(rows[2]["accuracy"] as? Double == 0.75)
        #expect(json.hasSuffix("}\n"))
    }
}
