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

    /// Creates an edge.
    public init(relation: Relation, evidenceCount: Int, documentCount: Int, evidence: [Evidence]) {
        self.relation = relation
        self.evidenceCount = evidenceCount
        self.documentCount = documentCount
        self.evidence = evidence
    }
}
