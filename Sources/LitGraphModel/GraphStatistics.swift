/// Row counts of a graph database, as printed by `litgraph stats` and after a build.
public struct GraphStatistics: Sendable, Hashable, Codable {
    /// Documents stored.
    public var documents: Int
    /// Sentences stored.
    public var sentences: Int
    /// Distinct entities stored.
    public var entities: Int
    /// Distinct relations (graph edges) stored.
    public var relations: Int
    /// Sentence-level evidence rows stored.
    public var evidence: Int

    /// Creates a set of counts.
    public init(documents: Int, sentences: Int, entities: Int, relations: Int, evidence: Int) {
        self.documents = documents
        self.sentences = sentences
        self.entities = entities
        self.relations = relations
        self.evidence = evidence
    }
}
