/// What ``GraphStore/paths(from:to:query:)`` looks for: how long, how many, which way, which edges.
public struct PathQuery: Sendable, Hashable {
    /// The most steps a path may have, at least 1.
    public var maximumHops: Int
    /// How many paths to return, the best first; at least 1.
    public var count: Int
    /// Whether every relation may be followed from its object to its subject as well (`--undirected`).
    ///
    /// Without it, relations are followed in their direction, except the symmetric predicates
    /// (`interacts_with`, `associated_with`), which read the same both ways.
    public var followsEdgesBackwards: Bool
    /// The evidence and relations steps may use; a step's partner is the entity it reaches.
    public var filter: EdgeFilter

    /// Creates a query; by default the 5 best paths of at most 4 steps, along the relations' direction.
    public init(maximumHops: Int = 4, count: Int = 5, followsEdgesBackwards: Bool = false, filter: EdgeFilter = .none) {
        self.maximumHops = maximumHops
        self.count = count
        self.followsEdgesBackwards = followsEdgesBackwards
        self.filter = filter
    }
}
