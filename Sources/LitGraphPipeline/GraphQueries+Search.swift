import LitGraphModel
import LitGraphStore

extension GraphQueries {
    /// Evidence sentences matching a full-text query, best first: `litgraph search`.
    ///
    /// Columns: rank (1 is the best), document, sentence_index, snippet (a window around the hits;
    /// tables mark the hits `[…]` or colour them), relations (those read in the sentence, as
    /// `subject -[predicate]-> object`, with `(negated)` or `(hedged)` when so), url; then, left
    /// out of tables, sentence (the whole sentence), hits (`start:end` code point spans of the hits
    /// in `sentence`) and score (FTS5's BM25 rank; lower is better).
    /// - Parameter literal: search for the words as written (each quoted), not FTS5 syntax.
    /// - Throws: `SearchQueryError` when `text` is not valid FTS5 syntax.
    public func search(_ text: String, limit: Int, literal: Bool = false) throws -> Report {
        let query = literal ? Self.literalQuery(text) : text
        let rows: [[Report.Value]] = try store.searchSentences(matching: query, limit: limit).enumerated().map {
            index, hit in
            [
                .int(index + 1), .text(hit.documentID), .int(hit.sentenceIndex),
                .marked(hit.snippet, hit.snippetHits.map { TextMark(span: $0, kind: .hit) }),
                .list(hit.relations.map(Self.describe)), .text(Self.pubMedURL(hit.documentID)), .text(hit.sentence),
                .list(hit.hits.map { "\($0.start):\($0.end)" }), .number(hit.rank),
            ]
        }
        return Report(
            columns: [
                "rank", "document", "sentence_index", "snippet", "relations", "url", "sentence", "hits", "score",
            ],
            rows: rows,
            machineOnlyColumns: ["sentence", "hits", "score"]
        )
    }

    /// `text` as an FTS5 query matching its words as written: each white-space-separated word in
    /// double quotes (inner quotes doubled), all required.
    static func literalQuery(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }

    /// A relation read in a sentence: `subject -[predicate]-> object`, with its flags.
    static func describe(_ extracted: ExtractedRelation) -> String {
        let relation = extracted.relation
        var text = "\(relation.subject.name) -[\(relation.predicate.rawValue)]-> \(relation.object.name)"
        if extracted.evidence.isNegated { text += " (negated)" }
        if extracted.evidence.isHedged { text += " (hedged)" }
        return text
    }
}
