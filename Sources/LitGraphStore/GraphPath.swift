public import LitGraphModel

/// A chain of relations leading from one entity to another, as ``GraphStore/paths(from:to:query:)``
/// finds it: its steps in order, its score and the sign of the whole chain.
public struct GraphPath: Sendable, Hashable {
    /// One step: a relation, and whether it was followed from its object to its subject.
    public struct Step: Sendable, Hashable {
        /// The relation, with its counts, belief and the evidence the path query's filter keeps.
        public var edge: GraphEdge
        /// Whether the step goes against the relation's direction (object to subject): only for a
        /// symmetric predicate, or with ``PathQuery/followsEdgesBackwards``.
        public var isBackward: Bool

        /// Creates a step.
        public init(edge: GraphEdge, isBackward: Bool) {
            self.edge = edge
            self.isBackward = isBackward
        }

        /// The entity the step leaves.
        public var from: Entity { isBackward ? edge.relation.object : edge.relation.subject }
        /// The entity the step reaches.
        public var to: Entity { isBackward ? edge.relation.subject : edge.relation.object }
    }

    /// The steps, from the first entity to the last.
    public var steps: [Step]

    /// Creates a path.
    public init(steps: [Step]) {
        self.steps = steps
    }

    /// The product of the steps' beliefs, 0 to 1: the path's score (higher is better).
    ///
    /// Equivalent to ranking by the sum of −log(belief), the path's length when each step costs
    /// −log(belief): a chain is as credible as all its steps together.
    public var score: Double { steps.reduce(1) { $0 * $1.edge.belief } }

    /// The sign of the whole chain: the product of the steps' polarities.
    ///
    /// `.unknown` when any step is unsigned. A `has_participant` step (a process to what it acts on) passes the sign on
    /// unchanged; a chain of such steps alone is `.unknown`.
    public var sign: Polarity {
        let signed = steps.filter { $0.edge.relation.predicate != .hasParticipant }
        return signed.dropFirst().reduce(signed.first?.edge.relation.polarity ?? .unknown) {
            $0.composed(with: $1.edge.relation.polarity)
        }
    }
}
