/// The identity of a graph edge: subject → predicate → object with a polarity.
///
/// The store keeps one relation row per distinct value, with any number of evidence rows.
public struct Relation: Sendable, Hashable, Codable {
    /// The entity acting.
    public var subject: Entity
    /// What the subject does to the object.
    public var predicate: RelationPredicate
    /// The sign of the effect.
    public var polarity: Polarity
    /// The entity acted on.
    public var object: Entity

    /// Creates a relation.
    public init(subject: Entity, predicate: RelationPredicate, polarity: Polarity, object: Entity) {
        self.subject = subject
        self.predicate = predicate
        self.polarity = polarity
        self.object = object
    }
}
