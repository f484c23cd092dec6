public import LitGraphModel

/// A sentence found by full-text search (``GraphStore/searchSentences(matching:limit:)``), with the
/// hits located and the relations read in it.
public struct SentenceHit: Sendable, Hashable {
    /// The document the sentence belongs to.
    public var documentID: String
    /// The sentence's index in its document (0 is the title).
    public var sentenceIndex: Int
    /// The whole sentence.
    public var sentence: String
    /// Where the query's terms match in ``sentence``, in code points (0-based, end-exclusive).
    public var hits: [TextSpan]
    /// A short window of the sentence around the best hits, `…` marking what was cut (FTS5 `snippet()`).
    public var snippet: String
    /// Where the query's terms match in ``snippet``, in code points.
    public var snippetHits: [TextSpan]
    /// The relations read in the sentence, each with its evidence row there, in the order stored.
    public var relations: [ExtractedRelation]
    /// FTS5's BM25 rank: lower (more negative) is a better match.
    public var rank: Double

    /// Creates a hit.
    public init(
        documentID: String, sentenceIndex: Int, sentence: String, hits: [TextSpan], snippet: String,
        snippetHits: [TextSpan], relations: [ExtractedRelation], rank: Double
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.hits = hits
        self.snippet = snippet
        self.snippetHits = snippetHits
        self.relations = relations
        self.rank = rank
    }
}
