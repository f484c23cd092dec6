/// An unordered pair of normalised identifiers: the unit BioRED's "entity pair" level counts.
///
/// The smaller identifier is always ``first``, so `EntityPair("D1", "5021")` equals
/// `EntityPair("5021", "D1")`. Identifiers are compared as given; normalise them with
/// ``EvaluationIdentifier/normalized(_:)`` first (``pairs(_:_:)`` does).
public struct EntityPair: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The lesser identifier.
    public let first: String
    /// The greater identifier.
    public let second: String

    /// The pair of `one` and `other` in either order; `nil` when they are the same identifier.
    public init?(_ one: String, _ other: String) {
        guard one != other else { return nil }
        (first, second) = one < other ? (one, other) : (other, one)
    }

    /// Every pair two raw identifiers stand for: the normalised parts of `one` times those of
    /// `other`, without self-pairs (a composite `D1,D2` paired with `5021` gives two pairs).
    public static func pairs(_ one: String, _ other: String) -> [EntityPair] {
        let others = EvaluationIdentifier.normalized(other)
        var result: [EntityPair] = []
        for left in EvaluationIdentifier.normalized(one) {
            for right in others {
                if let pair = EntityPair(left, right), !result.contains(pair) { result.append(pair) }
            }
        }
        return result
    }

    /// `first` and `second` joined by ` – `, for messages and test output.
    public var description: String { "\(first) – \(second)" }

    /// Orders pairs by their first identifier, then their second.
    public static func < (lhs: EntityPair, rhs: EntityPair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}
