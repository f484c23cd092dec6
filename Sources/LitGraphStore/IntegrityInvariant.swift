/// One property every LitGraph database keeps, checked by ``GraphStore/check(path:exampleLimit:)``
/// (`litgraph check`).
///
/// The raw values are stable: scripts may match them in `litgraph check` output.
public enum IntegrityInvariant: String, CaseIterable, Sendable, Codable {
    /// SQLite's `PRAGMA integrity_check` finds no damaged page, index or record.
    case sqliteIntegrity = "sqlite-integrity"
    /// SQLite's `PRAGMA foreign_key_check` finds no row whose declared reference is missing.
    case foreignKeys = "foreign-keys"
    /// The database is a LitGraph one of this build's schema version.
    case schemaVersion = "schema-version"
    /// Every relation has at least one evidence row.
    case relationHasEvidence = "relation-has-evidence"
    /// Every evidence row points at an existing relation.
    case evidenceRelation = "evidence-relation"
    /// Every evidence row points at an existing sentence.
    case evidenceSentence = "evidence-sentence"
    /// Every evidence row points at an existing document.
    case evidenceDocument = "evidence-document"
    /// Each relation's `evidence_count` and `document_count` equal what its evidence rows give.
    case relationCounts = "relation-counts"
    /// Every sentence belongs to an existing document.
    case sentenceDocument = "sentence-document"
    /// Every mention belongs to an existing document.
    case mentionDocument = "mention-document"
    /// Every entity a mention, a name or a relation end names exists.
    case entityReferences = "entity-references"
    /// Every entity is mentioned or is the end of a relation (orphans are removed on write).
    case entityUsed = "entity-used"
    /// Every sentence has one full-text key and one index row, and every key and index row a sentence.
    case sentenceIndexRows = "sentence-index-rows"
    /// FTS5's own `integrity-check` finds the index (`sentence_search`) in agreement with the sentences.
    case sentenceIndexIntegrity = "sentence-index-integrity"

    /// What holds, in a few words, for reports.
    public var summary: String {
        switch self {
        case .sqliteIntegrity: "PRAGMA integrity_check is ok"
        case .foreignKeys: "PRAGMA foreign_key_check finds nothing"
        case .schemaVersion: "LitGraph schema version \(Migration.currentVersion)"
        case .relationHasEvidence: "every relation has evidence"
        case .evidenceRelation: "every evidence row points at a relation"
        case .evidenceSentence: "every evidence row points at a sentence"
        case .evidenceDocument: "every evidence row points at a document"
        case .relationCounts: "relation evidence and document counts match their evidence"
        case .sentenceDocument: "every sentence belongs to a document"
        case .mentionDocument: "every mention belongs to a document"
        case .entityReferences: "every entity reference resolves"
        case .entityUsed: "every entity is mentioned or related"
        case .sentenceIndexRows: "sentences, full-text keys and index rows correspond"
        case .sentenceIndexIntegrity: "FTS5 integrity-check of sentence_search"
        }
    }

    /// For the invariants checked by one query: SQL listing an identifier of each violating row
    /// (one text column), in a stable order; nil for the others.
    var violationsSQL: String? {
        switch self {
        case .sqliteIntegrity, .foreignKeys, .schemaVersion, .sentenceIndexIntegrity: nil
        case .relationHasEvidence:
            """
            SELECT 'relation ' || r.id FROM relations r WHERE NOT EXISTS
            (SELECT 1 FROM evidence e WHERE e.relation_id = r.id) ORDER BY r.id
            """
        case .evidenceRelation:
            """
            SELECT 'evidence ' || e.id FROM evidence e WHERE NOT EXISTS
            (SELECT 1 FROM relations r WHERE r.id = e.relation_id) ORDER BY e.id
            """
        case .evidenceSentence:
            """
            SELECT 'evidence ' || e.id FROM evidence e WHERE NOT EXISTS
            (SELECT 1 FROM sentences s WHERE s.document_id = e.document_id AND s.idx = e.sentence_index) ORDER BY e.id
            """
        case .evidenceDocument:
            """
            SELECT 'evidence ' || e.id FROM evidence e WHERE NOT EXISTS
            (SELECT 1 FROM documents d WHERE d.id = e.document_id) ORDER BY e.id
            """
        case .relationCounts:
            """
            SELECT 'relation ' || r.id FROM relations r LEFT JOIN
            (SELECT relation_id, count(*) AS rows, count(DISTINCT document_id) AS documents
             FROM evidence GROUP BY relation_id) c
            ON c.relation_id = r.id
            WHERE r.evidence_count IS NOT coalesce(c.rows, 0) OR r.document_count IS NOT coalesce(c.documents, 0)
            ORDER BY r.id
            """
        case .sentenceDocument:
            """
            SELECT 'sentence ' || s.document_id || '#' || s.idx FROM sentences s
            WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id) ORDER BY s.document_id, s.idx
            """
        case .mentionDocument:
            """
            SELECT 'mention ' || m.rowid || ' (document ' || m.document_id || ')' FROM mentions m
            WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id) ORDER BY m.rowid
            """
        case .entityReferences: Self.entityReferencesSQL
        case .entityUsed:
            """
            SELECT 'entity ' || n.id FROM entities n
            WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = n.id)
            AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = n.id)
            AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.object_id = n.id) ORDER BY n.id
            """
        case .sentenceIndexRows: Self.sentenceIndexRowsSQL
        }
    }

    private static let entityReferencesSQL = """
        SELECT 'entity ' || id || ' (' || source || ')' FROM (
            SELECT m.entity_id AS id, 'mention ' || m.rowid AS source FROM mentions m
            UNION ALL SELECT n.entity_id, 'entity name' FROM entity_names n
            UNION ALL SELECT r.subject_id, 'subject of relation ' || r.id FROM relations r
            UNION ALL SELECT r.object_id, 'object of relation ' || r.id FROM relations r
        ) AS ref WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = ref.id) ORDER BY ref.id, ref.source
        """

    private static let sentenceIndexRowsSQL = """
        SELECT 'sentence ' || s.document_id || '#' || s.idx || ' has no key' FROM sentences s
        WHERE NOT EXISTS (SELECT 1 FROM sentence_keys k WHERE k.document_id = s.document_id AND k.idx = s.idx)
        UNION ALL SELECT 'key ' || k.id || ' has no sentence' FROM sentence_keys k
        WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = k.document_id AND s.idx = k.idx)
        UNION ALL SELECT 'key ' || k.id || ' is not indexed' FROM sentence_keys k
        WHERE NOT EXISTS (SELECT 1 FROM sentence_search_docsize d WHERE d.id = k.id)
        UNION ALL SELECT 'index row ' || d.id || ' has no key' FROM sentence_search_docsize d
        WHERE NOT EXISTS (SELECT 1 FROM sentence_keys k WHERE k.id = d.id)
        """
}
