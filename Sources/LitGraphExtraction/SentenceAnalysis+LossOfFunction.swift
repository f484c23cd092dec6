import LitGraphModel

extension SentenceAnalysis {
    /// Nouns saying an entity is removed, silenced or blocked: "knockdown of X", "X deficiency".
    static let lossNouns: WordSet = [
        "knockdown", "knockout", "deletion", "deletions", "silencing", "depletion", "ablation", "inactivation",
        "deficiency", "loss", "inhibition", "blockade", "antagonism", "downregulation", "disruption",
        "inhibitor", "inhibitors", "antagonist", "antagonists", "blocker", "blockers", "knock-down", "null",
    ]
    /// Adjectives after a hyphen saying the same of a compound: "X-deficient", "X-null", "X-knockout".
    static let lossAdjectives: WordSet = ["deficient", "null", "knockout", "deleted", "silenced", "depleted"]

    /// The token of a loss word attached to the entity written at `match` ("knockdown of X", "X
    /// knockdown", "X-deficient"), or `nil`.
    func lossCue(aroundMatch match: EntityRecognizer.Match) -> Int? {
        let after = match.tokens.upperBound
        if after < words.count, Self.lossNouns.contains(words[after]) { return after }
        if after + 1 < words.count, words[after] == "-", Self.lossAdjectives.contains(words[after + 1]) {
            return after + 1
        }
        var cursor = match.tokens.lowerBound - 1
        while cursor >= 0, isDeterminer(cursor) { cursor -= 1 }
        guard cursor >= 1, words[cursor] == "of", Self.lossNouns.contains(words[cursor - 1]) else { return nil }
        return cursor - 1
    }

    /// Whether an argument's loss cue counts: it is no trigger of the finding it is recorded for.
    func invertsSign(_ argument: Argument, trigger: Range<Int>) -> Bool {
        guard let cue = argument.lossCue else { return false }
        return !trigger.contains(cue) && !consumed.contains(cue)
    }

    /// A predicate and polarity with the sign inverted: loss of a positive regulator lowers its target.
    static func inverted(_ predicate: RelationPredicate, _ polarity: Polarity) -> (RelationPredicate, Polarity) {
        switch polarity {
        case .positive: (.negativelyRegulates, .negative)
        case .negative: (.positivelyRegulates, .positive)
        default: (predicate, polarity)
        }
    }
}
