extension GraphStore {
    /// The relations and entities a removed document touched, to prune once its new version is in.
    struct TouchedRows {
        /// Relations that lost evidence.
        var relationIDs: [Int] = []
        /// Entities that lost a mention or a relation end.
        var entityIDs: Set<String> = []
    }

    /// Deletes a stored document with its evidence, mentions and sentences, and takes its evidence
    /// out of the relation counts.
    func removeDocument(id: String) throws -> TouchedRows {
        var touched = TouchedRows()
        let perRelation = try connection.cachedStatement(
            """
            SELECT e.relation_id, count(*), r.subject_id, r.object_id FROM evidence e
            JOIN relations r ON r.id = e.relation_id WHERE e.document_id = ? GROUP BY e.relation_id
            """
        ).rows([.text(id)]) { row in
            (relation: row.int(at: 0), count: row.int(at: 1), subject: row.text(at: 2), object: row.text(at: 3))
        }
        let decrement = try connection.cachedStatement(
            """
            UPDATE relations SET evidence_count = evidence_count - ?, document_count = document_count - 1
            WHERE id = ?
            """
        )
        for row in perRelation {
            try decrement.execute([.int(row.count), .int(row.relation)])
            touched.relationIDs.append(row.relation)
            touched.entityIDs.formUnion([row.subject, row.object])
        }
        let mentioned = try connection.cachedStatement("SELECT DISTINCT entity_id FROM mentions WHERE document_id = ?")
            .rows([.text(id)]) { $0.text(at: 0) }
        touched.entityIDs.formUnion(mentioned)
        try removeSentencesFromSearch(documentID: id)
        // Children first, explicitly: the write path runs with foreign-key enforcement off, so no
        // cascade does it (see inWriteTransaction).
        try connection.cachedStatement("DELETE FROM evidence WHERE document_id = ?").execute(binding: id)
        try connection.cachedStatement("DELETE FROM mentions WHERE document_id = ?").execute(binding: id)
        try connection.cachedStatement("DELETE FROM sentences WHERE document_id = ?").execute(binding: id)
        try connection.cachedStatement("DELETE FROM documents WHERE id = ?").execute(binding: id)
        return touched
    }

    /// Takes a document's sentences out of the full-text index and deletes their keys (schema
    /// version 7: no trigger does it when the sentences are deleted).
    private func removeSentencesFromSearch(documentID id: String) throws {
        let indexed = try connection.cachedStatement(
            """
            SELECT k.id, s.text FROM sentence_keys k JOIN sentences s ON s.document_id = k.document_id AND s.idx = k.idx
            WHERE k.document_id = ? ORDER BY k.id
            """
        ).rows([.text(id)]) { (key: $0.int(at: 0), text: $0.text(at: 1)) }
        let delete = try connection.cachedStatement(
            "INSERT INTO sentence_search (sentence_search, rowid, text) VALUES ('delete', ?, ?)")
        for row in indexed {
            try delete.execute([.int(row.key), .text(row.text)])
        }
        try connection.cachedStatement("DELETE FROM sentence_keys WHERE document_id = ?").execute([.text(id)])
    }

    /// Deletes the given relations that have no evidence left, then the given entities that have
    /// no mention and no relation left, with their names.
    func removeOrphans(relationIDs: [Int], entityIDs: Set<String>) throws {
        let relation = try connection.cachedStatement("DELETE FROM relations WHERE id = ? AND evidence_count = 0")
        for id in relationIDs {
            try relation.execute([.int(id)])
        }
        let entity = try connection.cachedStatement(
            """
            DELETE FROM entities WHERE id = ?1
            AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1)
            AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = ?1)
            AND NOT EXISTS (SELECT 1 FROM relations WHERE object_id = ?1)
            """
        )
        let names = try connection.cachedStatement("DELETE FROM entity_names WHERE entity_id = ?")
        for id in entityIDs.sorted() {
            try entity.execute(binding: id)
            // Its names go with it, explicitly: no cascade runs with enforcement off.
            if connection.changes == 1 { try names.execute(binding: id) }
        }
    }
}
