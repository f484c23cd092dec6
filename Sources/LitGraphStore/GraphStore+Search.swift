import LitGraphModel
internal import LitGraphSQLite

extension GraphStore {
    /// Sentences matching a full-text query, best first, with their hits and relations.
    ///
    /// `query` uses SQLite FTS5 syntax: words (all must match), `"phrases"`, `OR`, `NOT`,
    /// `NEAR(a b, 5)`, `prefix*`, parentheses. Words are matched case-insensitively, without
    /// diacritics and stemmed (Porter). Results are ordered by BM25 rank, then document and
    /// sentence index.
    /// - Throws: ``SearchQueryError`` when FTS5 cannot parse `query`.
    public func searchSentences(matching query: String, limit: Int) throws -> [SentenceHit] {
        return try reading {
            let (open, close) = (Self.hitOpen, Self.hitClose)
            let rows: [(documentID: String, index: Int, snippet: String, highlighted: String, rank: Double)]
            do {
                rows = try mappingLockErrors {
                    try connection.cachedStatement(
                        """
                        SELECT k.document_id, k.idx, snippet(sentence_search, 0, ?2, ?3, ?4, 24),
                        highlight(sentence_search, 0, ?2, ?3), f.rank
                        FROM sentence_search f JOIN sentence_keys k ON k.id = f.rowid
                        WHERE sentence_search MATCH ?1
                        ORDER BY f.rank, k.document_id, k.idx LIMIT ?5
                        """
                    ).rows([.text(query), .text(String(open)), .text(String(close)), .text("…"), .int(limit)]) { row in
                        (
                            row.text(at: 0), row.int(at: 1), row.text(at: 2), row.text(at: 3),
                            row.optionalDouble(at: 4) ?? 0
                        )
                    }
                }
            } catch let error as SQLiteError where error.code == SQLITE_ERROR {
                throw SearchQueryError(query: query, reason: error.message)
            }
            return try rows.map { row in
                let sentence = Self.unmarked(row.highlighted)
                let snippet = Self.unmarked(row.snippet)
                return SentenceHit(
                    documentID: row.documentID, sentenceIndex: row.index, sentence: sentence.text, hits: sentence.marks,
                    snippet: snippet.text, snippetHits: snippet.marks,
                    relations: try relations(inSentence: row.index, of: row.documentID), rank: row.rank)
            }
        }
    }

    /// The marker FTS5 puts before a hit: a private-use character no sentence contains.
    private static let hitOpen: Unicode.Scalar = "\u{E000}"
    /// The marker FTS5 puts after a hit.
    private static let hitClose: Unicode.Scalar = "\u{E001}"

    /// Text with its hit markers removed, and the hits' spans in code points of the result.
    static func unmarked(_ marked: String) -> (text: String, marks: [TextSpan]) {
        var text = String.UnicodeScalarView()
        var count = 0
        var marks: [TextSpan] = []
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == hitOpen {
                start = count
            } else if scalar == hitClose, let opened = start {
                marks.append(TextSpan(start: opened, end: count))
                start = nil
            } else {
                text.append(scalar)
                count += 1
            }
        }
        return (String(text), marks)
    }

    /// The relations read in one sentence, each with its evidence row there, in the order stored.
    private func relations(inSentence index: Int, of documentID: String) throws -> [ExtractedRelation] {
        let rows = try evidenceRows(
            where: "e.document_id = ?1 AND e.sentence_index = ?2", [.text(documentID), .int(index)])
        return try rows.sorted { $0.relationID < $1.relationID }.compactMap { row in
            try relationRows(where: "r.id = ?1", [.int(row.relationID)], filter: .none).first.map {
                ExtractedRelation(relation: $0.edge.relation, evidence: row.evidence)
            }
        }
    }
}
