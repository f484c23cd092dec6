/// How strongly the evidence behind a relation supports it: a noisy-OR over its sentences, 0 to 1.
///
/// Each evidence row has a weight, `w = (confidence ?? ruleReliability) × (hedgedFactor if hedged
/// else 1)`, clamped to 0…1: the probability that the sentence states the relation. Rows that
/// state the relation combine as a noisy-OR (the relation holds unless every sentence is wrong);
/// negated rows count against it, each keeping only `1 − w` of the belief:
///
///     belief = (1 − Π over stated rows (1 − w)) × Π over negated rows (1 − w)
///
/// A relation with no stated row has belief 0. Two plain rule sentences, a hedged one and a
/// negated one: `(1 − 0.3 × 0.3 × 0.65) × 0.3 = 0.9415 × 0.3 = 0.28245`. The result does not
/// depend on the order rows are added in (up to floating-point rounding).
public struct Belief: Sendable, Hashable {
    /// The weight of a sentence found by a rule, which estimates no confidence of its own.
    public static let ruleReliability = 0.7
    /// What hedging ("may", "suggest") multiplies a sentence's weight by.
    public static let hedgedFactor = 0.5

    /// Π (1 − w) over the stated rows added so far.
    private var unsupported = 1.0
    /// Π (1 − w) over the negated rows added so far.
    private var undenied = 1.0

    /// An empty belief (value 0), to which rows are added.
    public init() {}

    /// The belief of these evidence rows.
    public init(_ evidence: some Sequence<Evidence>) {
        for row in evidence { add(row) }
    }

    /// The weight of one sentence: its confidence (or ``ruleReliability``), halved when hedged.
    public static func weight(confidence: Double?, isHedged: Bool) -> Double {
        let base = min(1, max(0, confidence ?? ruleReliability))
        return isHedged ? base * hedgedFactor : base
    }

    /// Adds one evidence row given by its flags and confidence.
    public mutating func add(confidence: Double?, isHedged: Bool, isNegated: Bool) {
        let weight = Self.weight(confidence: confidence, isHedged: isHedged)
        if isNegated {
            undenied *= 1 - weight
        } else {
            unsupported *= 1 - weight
        }
    }

    /// Adds one evidence row.
    public mutating func add(_ evidence: Evidence) {
        add(confidence: evidence.confidence, isHedged: evidence.isHedged, isNegated: evidence.isNegated)
    }

    /// The belief, 0 to 1.
    public var value: Double { (1 - unsupported) * undenied }
}
