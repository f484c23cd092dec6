extension Migration {
    /// Version 1: documents, sentences, entities and their names, mentions, relations, evidence.
    static let createGraph = Migration(
        version: 1,
        name: "create-graph",
        sql: """
            CREATE TABLE documents (
                id TEXT NOT NULL PRIMARY KEY,
                pmid TEXT,
                title TEXT NOT NULL,
                abstract TEXT NOT NULL,
                journal TEXT,
                year INTEGER,
                mesh TEXT NOT NULL,
                publication_types TEXT NOT NULL,
                source TEXT,
                content_hash TEXT NOT NULL
            );
            CREATE TABLE sentences (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (document_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE entities (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                category TEXT NOT NULL
            );
            CREATE INDEX entities_id_nocase ON entities(id COLLATE NOCASE);
            CREATE TABLE entity_names (
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                normalized TEXT NOT NULL,
                UNIQUE (entity_id, normalized)
            );
            CREATE INDEX entity_names_normalized ON entity_names(normalized);
            CREATE TABLE mentions (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                entity_id TEXT NOT NULL REFERENCES entities(id),
                text TEXT NOT NULL
            );
            CREATE INDEX mentions_document ON mentions(document_id);
            CREATE INDEX mentions_entity ON mentions(entity_id);
            CREATE TABLE relations (
                id INTEGER PRIMARY KEY,
                subject_id TEXT NOT NULL REFERENCES entities(id),
                predicate TEXT NOT NULL,
                polarity TEXT NOT NULL,
                object_id TEXT NOT NULL REFERENCES entities(id),
                evidence_count INTEGER NOT NULL,
                document_count INTEGER NOT NULL,
                UNIQUE (subject_id, predicate, object_id, polarity)
            );
            CREATE INDEX relations_object ON relations(object_id);
            CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                relation_id INTEGER NOT NULL REFERENCES relations(id),
                document_id TEXT NOT NULL,
                sentence_index INTEGER NOT NULL,
                subject_start INTEGER NOT NULL,
                subject_end INTEGER NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                object_start INTEGER NOT NULL,
                object_end INTEGER NOT NULL,
                trigger TEXT NOT NULL,
                rule TEXT NOT NULL,
                negated INTEGER NOT NULL CHECK (negated IN (0, 1)),
                hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
                FOREIGN KEY (document_id, sentence_index) REFERENCES sentences(document_id, idx) ON DELETE CASCADE
            );
            CREATE INDEX evidence_relation ON evidence(relation_id, document_id, sentence_index);
            CREATE INDEX evidence_sentence ON evidence(document_id, sentence_index);
            """
    )
}
