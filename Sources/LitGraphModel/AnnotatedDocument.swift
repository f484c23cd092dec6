/// A document with everything the extractor found in it: the unit the store writes.
public struct AnnotatedDocument: Sendable, Hashable, Codable {
    /// The document as read.
    public var document: Document
    /// Its sentences in order; sentence 0 is the title.
    public var sentences: [Sentence]
    /// Every entity mention found, in text order.
    public var mentions: [Mention]
    /// Every relation found, in text order.
    public var relations: [ExtractedRelation]

    /// Creates an annotated document.
    public init(document: Document, sentences: [Sentence], mentions: [Mention], relations: [ExtractedRelation]) {
        self.document = document
        self.sentences = sentences
        self.mentions = mentions
        self.relations = relations
    }
}
