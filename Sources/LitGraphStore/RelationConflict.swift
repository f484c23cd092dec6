public import LitGraphModel

/// Two sets of evidence about one subject and object that disagree: `litgraph conflicts`.
///
/// Pairs are directed (subject → object). Two kinds:
/// - ``Kind/oppositePolarity``: sentences state that the subject increases the object (positive
///   polarity) and others that it decreases it (negative); ``first`` holds the positive side,
///   ``second`` the negative. Negated sentences take part in neither side.
/// - ``Kind/statedAndNegated``: sentences state a relation and others deny it. A denial of
///   polarity P contradicts statements of polarity P; a denial without a sign ("had no effect
///   on") contradicts every statement. ``first`` holds the contradicted statements, ``second``
///   the denials.
public struct RelationConflict: Sendable, Hashable {
    /// What disagrees.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Positive statements against negative ones.
        case oppositePolarity = "opposite-polarity"
        /// Statements against denials.
        case statedAndNegated = "stated-and-negated"
    }

    /// What disagrees.
    public var kind: Kind
    /// The entity acting in every relation of the conflict.
    public var subject: Entity
    /// The entity acted on.
    public var object: Entity
    /// The positive statements (opposite polarity) or the contradicted statements, each with its relation.
    public var first: [ExtractedRelation]
    /// The negative statements (opposite polarity) or the denials, each with its relation.
    public var second: [ExtractedRelation]

    /// Creates a conflict.
    public init(kind: Kind, subject: Entity, object: Entity, first: [ExtractedRelation], second: [ExtractedRelation]) {
        self.kind = kind
        self.subject = subject
        self.object = object
        self.first = first
        self.second = second
    }

    /// The labels of the two sides, as `litgraph conflicts` prints them.
    public var sideLabels: (first: String, second: String) {
        switch kind {
        case .oppositePolarity: ("positive", "negative")
        case .statedAndNegated: ("stated", "negated")
        }
    }
}
