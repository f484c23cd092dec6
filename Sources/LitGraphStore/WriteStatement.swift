/// The statements of the write path, each prepared once per connection and found by its number
/// (``GraphStore/statement(_:)``) rather than by its SQL text.
///
/// ``DatabaseConnection/cachedStatement(_:)`` hashes the whole SQL text on every call: on the
/// write path, about 25 calls per abstract, some of over a thousand characters (the rows of a
/// ``GraphStore/RowInsert``), at about 1,800 instructions each (callgrind, first 1,000 bench
/// abstracts). An array index costs a few.
enum WriteStatement: Int, CaseIterable {
    /// A document's stored content and input hashes.
    case storedHashes
    /// A document's stored input hash.
    case storedInputHash
    /// Records a new input hash for an unchanged document.
    case inputHashUpdate
    /// Inserts a document row.
    case documentInsert
    /// Inserts a relation with its counts, or nothing when its key is stored.
    case relationInsertUnlessStored
    /// Inserts a relation with its counts (any failure reported).
    case relationInsert
    /// A stored relation's id, found by its key.
    case relationLookup
    /// Adds to a stored relation's counts.
    case relationUpdate
    /// The largest sentence key stored.
    case largestSentenceKey
    /// Inserts one sentence key, SQLite choosing the key.
    case sentenceKeyInsert
    /// Inserts one sentence's full-text index entry.
    case searchInsert
    /// Records a document identifier met by a build.
    case seenInsert
    /// ``GraphStore/RowInsert/mentions``: ``GraphStore/RowInsert/rowsPerStatement`` rows, then one.
    case mentionRows, mentionRow
    /// ``GraphStore/RowInsert/sentences``: many rows, then one.
    case sentenceRows, sentenceRow
    /// ``GraphStore/RowInsert/sentenceKeys``: many rows, then one.
    case sentenceKeyRows, sentenceKeyRow
    /// ``GraphStore/RowInsert/entities``: many rows, then one.
    case entityRows, entityRow
    /// ``GraphStore/RowInsert/entityNames``: many rows, then one.
    case entityNameRows, entityNameRow
    /// ``GraphStore/RowInsert/evidence``: many rows, then one.
    case evidenceRows, evidenceRow

    /// The statement's SQL.
    var sql: String {
        switch self {
        case .storedHashes: "SELECT content_hash, input_hash FROM documents WHERE id = ?"
        case .storedInputHash: "SELECT input_hash FROM documents WHERE id = ?"
        case .inputHashUpdate: "UPDATE documents SET input_hash = ? WHERE id = ?"
        case .documentInsert:
            """
            INSERT INTO documents (id, pmid, title, abstract, journal, year, mesh, publication_types, source, \
            content_hash, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .relationInsertUnlessStored, .relationInsert:
            """
            INSERT\(self == .relationInsertUnlessStored ? " OR IGNORE" : "") INTO relations \
            (subject_id, predicate, object_id, polarity, evidence_count, document_count) VALUES (?, ?, ?, ?, ?, 1)
            """
        case .relationLookup:
            "SELECT id FROM relations WHERE subject_id = ? AND predicate = ? AND object_id = ? AND polarity = ?"
        case .relationUpdate:
            """
            UPDATE relations SET evidence_count = evidence_count + ?, document_count = document_count + 1
            WHERE id = ?
            """
        case .largestSentenceKey: "SELECT max(id) FROM sentence_keys"
        case .sentenceKeyInsert: "INSERT INTO sentence_keys (document_id, idx) VALUES (?, ?)"
        case .searchInsert: "INSERT INTO sentence_search (rowid, text) VALUES (?, ?)"
        case .seenInsert: "INSERT INTO temp.seen_documents (id) VALUES (?) ON CONFLICT DO NOTHING"
        case .mentionRows, .mentionRow: GraphStore.RowInsert.mentions.sql(rows: self == .mentionRow ? 1 : nil)
        case .sentenceRows, .sentenceRow: GraphStore.RowInsert.sentences.sql(rows: self == .sentenceRow ? 1 : nil)
        case .sentenceKeyRows, .sentenceKeyRow:
            GraphStore.RowInsert.sentenceKeys.sql(rows: self == .sentenceKeyRow ? 1 : nil)
        case .entityRows, .entityRow: GraphStore.RowInsert.entities.sql(rows: self == .entityRow ? 1 : nil)
        case .entityNameRows, .entityNameRow:
            GraphStore.RowInsert.entityNames.sql(rows: self == .entityNameRow ? 1 : nil)
        case .evidenceRows, .evidenceRow: GraphStore.RowInsert.evidence.sql(rows: self == .evidenceRow ? 1 : nil)
        }
    }
}

extension GraphStore {
    /// The prepared statement for `key`, prepared on first use on this store's connection.
    func statement(_ key: WriteStatement) throws(SQLiteError) -> Statement {
        try connection.numberedStatement(key.rawValue, count: WriteStatement.allCases.count) { key.sql }
    }
}
