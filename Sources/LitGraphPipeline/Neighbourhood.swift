/// A subgraph to export instead of the whole graph: the entities within some hops of one entity
/// (`litgraph export --around ENTITY --hops N`).
public struct Neighbourhood: Sendable, Hashable {
    /// The entity, as a user names it: a name, a synonym or an identifier (resolved as `query` does).
    public var entity: String
    /// How many edges to walk from it, in either direction.
    public var hops: Int

    /// Creates a selection; `hops` is 1 unless given.
    public init(entity: String, hops: Int = 1) {
        self.entity = entity
        self.hops = hops
    }
}
