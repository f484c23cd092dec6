import Foundation
import LitGraphExtraction
import LitGraphModel
import Testing

/// Comparisons: the relation the sentence states is kept and flagged ` [comparison]`; the standard
/// it is measured against ("than Y", "compared with Y", "superior to Y", "as effective as Y") is
/// never an argument, so there is no triple between X and Y nor from Y. (The comparisons the rules
/// read before the flag existed are in ``TriggerVocabularyExamplesTests/comparison``.)
@Suite struct ComparisonExamplesTests {
    static let comparisons: [(String, [String])] = [
        (
            "Metformin was more effective than glipizide in reducing HbA1c.",
            ["metformin -> negatively_regulates(negative) -> HbA1c [comparison]"]
        ),
        (
            "Amlodipine was superior to atenolol in lowering blood pressure.",
            ["Amlodipine -> negatively_regulates(negative) -> Blood Pressure [comparison]"]
        ),
        (
            "Ketamine is as effective as electroconvulsive therapy in treating depression.",
            ["Ketamine -> treats(negative) -> depression [comparison]"]
        ),
        (
            "Insulin was more effective than metformin at lowering glucose.",
            ["INS -> negatively_regulates(negative) -> glucose [comparison]"]
        ),
        (
            "Escitalopram reduced anxiety relative to placebo.",
            ["Escitalopram -> negatively_regulates(negative) -> anxiety [comparison]"]
        ),
        (
            "Oxytocin increased trust versus placebo.",
            ["oxytocin -> positively_regulates(positive) -> trust [comparison]"]
        ),
        (
            "Lisinopril reduced blood pressure more effectively than hydrochlorothiazide.",
            ["Lisinopril -> negatively_regulates(negative) -> Blood Pressure [comparison]"]
        ),
        (
            "Tamoxifen was inferior to letrozole in preventing breast cancer recurrence.",
            ["tamoxifen -> treats(negative) -> breast cancer [comparison]"]
        ),
    ]

    /// Sentences whose "than" or "as … as" is a quantity, a conjunction or another clause's: no flag.
    static let notComparisons: [(String, [String])] = [
        (
            "Aspirin reduced mortality by more than 50%.",
            ["aspirin -> negatively_regulates(negative) -> Mortality"]
        ),
        (
            "Oxytocin increased trust in more than 60 volunteers.",
            ["oxytocin -> positively_regulates(positive) -> trust"]
        ),
        (
            "Estradiol increased serotonin, whereas tamoxifen was more effective than raloxifene.",
            ["estradiol -> positively_regulates(positive) -> serotonin"]
        ),
        (
            "Cortisol impaired memory as long as stress persisted.",
            ["cortisol -> negatively_regulates(negative) -> memory"]
        ),
        (
            "Metformin reduced glucose in as many as 40 patients.",
            ["metformin -> negatively_regulates(negative) -> glucose"]
        ),
    ]

    /// Comparisons without a stated effect: nothing, in particular nothing between X and its standard.
    static let bareComparisons: [String] = [
        "Lisinopril was more potent than captopril.",
        "Escitalopram versus citalopram in 300 outpatients.",
        "Sertraline was compared with placebo in 200 patients.",
        "Oxytocin was as effective as vasopressin.",
    ]

    @Test(arguments: comparisons) func comparedStatements(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: notComparisons) func notComparedStatements(_ example: (String, [String])) {
        expectTriples(example)
    }

    @Test(arguments: bareComparisons) func bareComparisonsGiveNothing(_ sentence: String) {
        #expect(triples(in: sentence).isEmpty, "\(sentence)")
    }

    @Test("evidence JSON written before the comparison flag decodes with the flag off")
    func decodesOldEvidence() throws {
        let evidence = Evidence(
            documentID: "1", sentenceIndex: 1, sentenceText: "A reduced B.", subjectSpan: TextSpan(start: 0, end: 1),
            triggerSpan: TextSpan(start: 2, end: 9), objectSpan: TextSpan(start: 10, end: 11), trigger: "reduced",
            rule: "active-verb", isComparison: true)
        let encoded = try JSONEncoder().encode(evidence)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["isComparison"] as? Bool == true)
        #expect(try JSONDecoder().decode(Evidence.self, from: encoded) == evidence)
        object.removeValue(forKey: "isComparison")
        let old = try JSONSerialization.data(withJSONObject: object)
        var expected = evidence
        expected.isComparison = false
        #expect(try JSONDecoder().decode(Evidence.self, from: old) == expected)
    }
}
