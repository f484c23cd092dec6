import LitGraphModel
import Testing

@Suite("Belief: noisy-OR over evidence")
struct BeliefTests {
    /// One evidence row as (confidence, hedged, negated).
    typealias Row = (confidence: Double?, hedged: Bool, negated: Bool)

    static let cases: [(name: String, rows: [Row], expected: Double)] = [
        ("no evidence", [], 0),
        ("one rule sentence", [(nil, false, false)], 0.7),
        ("two rule sentences", [(nil, false, false), (nil, false, false)], 0.91),
        ("one hedged sentence", [(nil, true, false)], 0.35),
        ("a plain and a hedged sentence", [(nil, false, false), (nil, true, false)], 0.805),
        ("only a denial", [(nil, false, true)], 0),
        ("a statement and a denial", [(nil, false, false), (nil, false, true)], 0.21),
        ("a statement and a hedged denial", [(nil, false, false), (nil, true, true)], 0.455),
        (
            "the README example", [(nil, false, false), (nil, false, false), (nil, true, false), (nil, false, true)],
            0.28245
        ),
        ("a model's confidence replaces the rule's", [(0.9, false, false)], 0.9),
        ("a hedged model sentence", [(0.9, true, false), (0.2, false, false)], 1 - 0.55 * 0.8),
        ("confidence is clamped to 0...1", [(1.5, false, false), (-1, false, true)], 1),
    ]

    @Test(arguments: cases)
    func value(_ example: (name: String, rows: [Row], expected: Double)) {
        var belief = Belief()
        for row in example.rows {
            belief.add(confidence: row.confidence, isHedged: row.hedged, isNegated: row.negated)
        }
        #expect(abs(belief.value - example.expected) < 1e-12, "\(example.name)")
    }

    @Test("the order of the rows does not matter, and Evidence rows give the same value")
    func orderAndEvidence() {
        func evidence(_ negated: Bool, _ hedged: Bool, _ confidence: Double?) -> Evidence {
            Evidence(
                documentID: "1", sentenceIndex: 1, sentenceText: "s", subjectSpan: TextSpan(start: 0, end: 1),
                triggerSpan: TextSpan(start: 0, end: 1), objectSpan: TextSpan(start: 0, end: 1), trigger: "t",
                rule: "r", isNegated: negated, isHedged: hedged, confidence: confidence)
        }
        let rows = [evidence(false, false, nil), evidence(true, false, 0.4), evidence(false, true, 0.6)]
        let expected = (1 - 0.3 * 0.7) * 0.6
        #expect(abs(Belief(rows).value - expected) < 1e-12)
        #expect(abs(Belief(rows.reversed()).value - expected) < 1e-12)
    }

    @Test("the documented constants")
    func constants() {
        #expect(Belief.ruleReliability == 0.7)
        #expect(Belief.hedgedFactor == 0.5)
        #expect(Belief.weight(confidence: nil, isHedged: true) == 0.35)
    }
}
