/// A relation read back from the store with all the evidence behind it.
public struct GraphEdge: Sendable, Hashable, Codable {
    /// Subject, predicate, polarity and object.
    public var relation: Relation
    /// How many sentence-level evidence rows support the relation.
    public var evidenceCount: Int
    /// How many distinct documents those rows come from.
    public var documentCount: Int
    /// The evidence rows, ordered by document identifier then sentence index; may be empty when
    /// the caller asked for counts only.
    public var evidence: [Evidence]
    /// The ``Belief`` of the evidence rows, 0 to 1 (0 when not computed).
    public var belief: Double
    /// The earliest publication year among the evidence's documents; `nil` when none is known.
    public var firstYear: Int?
    /// The latest publication year among the evidence's documents; `nil` when none is known.
    public var lastYear: Int?
    /// How many evidence rows deny the relation.
    public var negatedCount: Int
    /// How many evidence rows hedge it.
    public var hedgedCount: Int

    /// Creates an edge; without the summary arguments, belief, years and flag counts are left empty.
    public init(
        relation: Relation,
        evidenceCount: Int,
        documentCount: Int,
        evidence: [Evidence],
        belief: Double = 0,
        firstYear: Int? = nil,
        lastYear: Int? = nil,
        negatedCount: Int = 0,
        hedgedCount: Int = 0
    ) {
        self.relation = relation
        self.evidenceCount = evidenceCount
        self.documentCount = documentCount
        self.evidence = evidence
        self.belief = belief
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.negatedCount = negatedCount
        self.hedgedCount = hedgedCount
    }
}
