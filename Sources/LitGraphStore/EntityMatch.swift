public import LitGraphModel

/// An entity found by ``GraphStore/entities(containing:limit:)``, with what matched and its degree.
public struct EntityMatch: Sendable, Hashable {
    /// The entity.
    public var entity: Entity
    /// The identifier, name or synonym that matched, as stored.
    public var matched: String
    /// How many relations have the entity as their subject.
    public var outDegree: Int
    /// How many relations have the entity as their object.
    public var inDegree: Int

    /// Creates a match.
    public init(entity: Entity, matched: String, outDegree: Int, inDegree: Int) {
        self.entity = entity
        self.matched = matched
        self.outDegree = outDegree
        self.inDegree = inDegree
    }

    /// Relations touching the entity: out plus in (a relation of the entity with itself counts twice).
    public var degree: Int { outDegree + inDegree }
}
