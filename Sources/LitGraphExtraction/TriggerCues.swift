/// What a sentence says around a finding's trigger: whether it is negated, hedged, or part of a
/// comparison (``SentenceAnalysis/isNegated(_:)``, ``SentenceAnalysis/isHedged(_:)``,
/// ``SentenceAnalysis/isComparison(_:)``), read once for all the findings of the trigger.
struct TriggerCues {
    /// Whether a negation cue stands before the trigger in its clause.
    let isNegated: Bool
    /// Whether a hedging cue stands before the trigger in the sentence.
    let isHedged: Bool
    /// Whether the trigger's clause makes a comparison.
    let isComparison: Bool

    /// The cues of `trigger` in `analysis`'s sentence.
    init(_ trigger: Range<Int>, in analysis: SentenceAnalysis) {
        isNegated = analysis.isNegated(trigger)
        isHedged = analysis.isHedged(trigger)
        isComparison = analysis.isComparison(trigger)
    }
}
