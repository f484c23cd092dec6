extension Migration {
    /// Version 5: full-text search over sentences (SQLite FTS5), for `litgraph search`.
    ///
    /// `sentence_search` is an external-content FTS5 table: it keeps only its index and reads the
    /// text through the view `sentence_texts`, so sentences are not stored twice. FTS5 needs an
    /// integer key and `sentences` has none (it is `WITHOUT ROWID`), so `sentence_keys` gives each
    /// sentence one. Triggers on `sentences` keep both in step with every write and removal
    /// (including the cascade when a document is replaced), so the write path is unchanged; rows
    /// already stored are indexed by the migration (`rebuild`). Tokens: Unicode 6.1 word
    /// characters, diacritics folded, English words stemmed (Porter), so "receptors" finds
    /// "receptor".
    static let addSentenceSearch = Migration(
        version: 5,
        name: "add-sentence-search",
        sql: """
            CREATE TABLE sentence_keys (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL,
                idx INTEGER NOT NULL,
                UNIQUE (document_id, idx)
            );
            INSERT INTO sentence_keys (document_id, idx) SELECT document_id, idx FROM sentences ORDER BY document_id, idx;
            CREATE VIEW sentence_texts AS
                SELECT k.id AS id, s.text AS text
                FROM sentence_keys k JOIN sentences s ON s.document_id = k.document_id AND s.idx = k.idx;
            CREATE VIRTUAL TABLE sentence_search USING fts5(
                text, content = 'sentence_texts', content_rowid = 'id',
                tokenize = 'porter unicode61 remove_diacritics 2'
            );
            INSERT INTO sentence_search (sentence_search) VALUES ('rebuild');
            CREATE TRIGGER sentences_search_insert AFTER INSERT ON sentences BEGIN
                INSERT INTO sentence_keys (document_id, idx) VALUES (new.document_id, new.idx);
                INSERT INTO sentence_search (rowid, text) VALUES (last_insert_rowid(), new.text);
            END;
            CREATE TRIGGER sentences_search_delete AFTER DELETE ON sentences BEGIN
                INSERT INTO sentence_search (sentence_search, rowid, text)
                    SELECT 'delete', id, old.text FROM sentence_keys WHERE document_id = old.document_id AND idx = old.idx;
                DELETE FROM sentence_keys WHERE document_id = old.document_id AND idx = old.idx;
            END;
            CREATE TRIGGER sentences_search_update AFTER UPDATE ON sentences BEGIN
                INSERT INTO sentence_search (sentence_search, rowid, text)
                    SELECT 'delete', id, old.text FROM sentence_keys WHERE document_id = old.document_id AND idx = old.idx;
                DELETE FROM sentence_keys WHERE document_id = old.document_id AND idx = old.idx;
                INSERT INTO sentence_keys (document_id, idx) VALUES (new.document_id, new.idx);
                INSERT INTO sentence_search (rowid, text) VALUES (last_insert_rowid(), new.text);
            END;
            """
    )
}
