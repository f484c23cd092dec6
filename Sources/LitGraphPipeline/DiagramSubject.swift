/// What `litgraph diagram` draws: the neighbourhood of one entity, or the best paths between two.
///
/// Entities are named as everywhere else — a name, a synonym or an identifier, resolved by
/// ``GraphQueries/entity(_:)``.
public enum DiagramSubject: Sendable, Hashable {
    /// The relations within `hops` of `entity`, ranked and cut to at most `maximumEdges` (see
    /// ``GraphDiagram/cut(_:around:maximumEdges:)``).
    case neighbourhood(entity: String, hops: Int, maximumEdges: Int)
    /// The steps of the `count` best paths of at most `maximumHops` steps from `from` to `to`, found
    /// as `litgraph path` finds them; `undirected` lets every relation be followed backwards.
    case paths(from: String, to: String, maximumHops: Int, count: Int, undirected: Bool)

    /// The default number of hops around the entity.
    public static let defaultHops = 2
    /// The default largest number of relations drawn around an entity (FORMATS.md §1.5 suggests
    /// about 60 for a readable diagram).
    public static let defaultMaximumEdges = 60
    /// The default longest path drawn, in steps.
    public static let defaultMaximumHops = 4
    /// The default number of paths drawn.
    public static let defaultPathCount = 5
}
