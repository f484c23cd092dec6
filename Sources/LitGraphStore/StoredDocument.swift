public import LitGraphModel

/// A document read back from the store with what was recognised in it: what PubTator export needs.
public struct StoredDocument: Sendable, Hashable {
    /// The document: identifier, PMID, title, abstract, journal, year and source as stored.
    ///
    /// MeSH headings, publication types, sections and annotations are not read back (left empty).
    public var document: Document
    /// Every stored mention, ordered by start, end, then entity identifier.
    public var mentions: [Mention]
    /// The distinct relations asserted in the document: those with at least one evidence sentence
    /// of this document that is not negated; ordered by subject id, object id, predicate, polarity.
    public var relations: [Relation]

    /// Creates a stored document.
    public init(document: Document, mentions: [Mention], relations: [Relation]) {
        self.document = document
        self.mentions = mentions
        self.relations = relations
    }
}
