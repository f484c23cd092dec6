/// True positives, false positives and false negatives, and the ratios computed from them.
public struct MatchCounts: Sendable, Hashable {
    /// Predicted items that are in the gold standard.
    public var truePositives: Int
    /// Predicted items that are not in the gold standard.
    public var falsePositives: Int
    /// Gold items that were not predicted.
    public var falseNegatives: Int

    /// Creates counts; all zero by default.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// tp / (tp + fp); 0 when nothing was predicted.
    public var precision: Double {
        Self.ratio(truePositives, truePositives + falsePositives)
    }

    /// tp / (tp + fn); 0 when the gold standard has nothing.
    public var recall: Double {
        Self.ratio(truePositives, truePositives + falseNegatives)
    }

    /// The harmonic mean of precision and recall, 2tp / (2tp + fp + fn); 0 when both are 0.
    public var f1: Double {
        Self.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives)
    }

    /// Adds `other`'s counts to these (micro-averaging sums counts, then takes the ratios).
    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives
        )
    }

    /// Adds `rhs`'s counts to `lhs`.
    public static func += (lhs: inout MatchCounts, rhs: MatchCounts) {
        lhs = lhs + rhs
    }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}
