/// A relation as found in one sentence: the edge's identity and the evidence for it.
public struct ExtractedRelation: Sendable, Hashable, Codable {
    /// Subject, predicate, polarity and object.
    public var relation: Relation
    /// Where and how it was found.
    public var evidence: Evidence

    /// Creates an extracted relation.
    public init(relation: Relation, evidence: Evidence) {
        self.relation = relation
        self.evidence = evidence
    }
}
