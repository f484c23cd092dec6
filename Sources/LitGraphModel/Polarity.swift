/// The sign of a relation: does the subject increase, decrease, or change the object in an unsaid way.
public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The subject increases, activates or improves the object.
    case positive
    /// The subject decreases, inhibits or impairs the object.
    case negative
    /// The text gives no direction (regulates, modulates, affects, is associated with).
    case unknown

    /// The sign of a chain of relations with these two polarities (product of signs).
    public func composed(with other: Polarity) -> Polarity {
        switch (self, other) {
        case (.unknown, _), (_, .unknown): .unknown
        case (.positive, .positive), (.negative, .negative): .positive
        default: .negative
        }
    }

    /// Orders positive, negative, unknown.
    public static func < (lhs: Polarity, rhs: Polarity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
