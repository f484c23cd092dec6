import LitGraphModel

extension GraphStore {
    /// How many documents are read per query while streaming.
    private static let documentPageSize = 100

    /// Streams every stored document, in identifier order, with its mentions and relations.
    ///
    /// Documents are read a page at a time (keyset pagination), so memory holds one page and no
    /// statement stays open while `body` runs. Throws ``StoreError`` or ``SQLiteError``, and
    /// rethrows what `body` throws (stopping there).
    public func forEachDocument(_ body: (StoredDocument) throws -> Void) throws {
        return try reading {
            var lastID: String?
            while true {
                let page = try mappingLockErrors { try documentPage(after: lastID) }
                for document in page {
                    let stored = try mappingLockErrors {
                        StoredDocument(
                            document: document, mentions: try mentions(of: document.id),
                            relations: try assertedRelations(of: document.id))
                    }
                    try body(stored)
                }
                guard page.count == Self.documentPageSize, let last = page.last else { return }
                lastID = last.id
            }
        }
    }

    /// Up to one page of documents whose identifier sorts after `lastID` (from the first when nil).
    private func documentPage(after lastID: String?) throws -> [Document] {
        try connection.cachedStatement(
            """
            SELECT id, pmid, title, abstract, journal, year, source FROM documents
            WHERE ?1 IS NULL OR id > ?1 ORDER BY id LIMIT ?2
            """
        ).rows([.text(lastID), .int(Self.documentPageSize)]) { row in
            Document(
                id: row.text(at: 0), pmid: row.optionalText(at: 1), title: row.text(at: 2),
                abstract: row.text(at: 3), journal: row.optionalText(at: 4),
                year: row.isNull(at: 5) ? nil : row.int(at: 5), source: row.optionalText(at: 6))
        }
    }

    /// The mentions stored for a document, ordered by start, end, then entity identifier.
    private func mentions(of documentID: String) throws -> [Mention] {
        try connection.cachedStatement(
            """
            SELECT m.start, m."end", m.text, e.id, e.name, e.category
            FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.document_id = ? ORDER BY m.start, m."end", e.id
            """
        ).rows([.text(documentID)]) { row in
            let (start, end) = (row.int(at: 0), row.int(at: 1))
            guard end >= start else {
                throw StoreError.unreadableValue(path: path, column: "mentions span", value: "\(start)..<\(end)")
            }
            return Mention(
                entity: try decodeEntity(row, from: 3), span: TextSpan(start: start, end: end),
                text: row.text(at: 2))
        }
    }

    /// The distinct relations with a non-negated evidence sentence in the document.
    private func assertedRelations(of documentID: String) throws -> [Relation] {
        let ids = try connection.cachedStatement(
            "SELECT DISTINCT relation_id FROM evidence WHERE document_id = ? AND negated = 0"
        ).rows([.text(documentID)]) { $0.int(at: 0) }
        return try ids.flatMap { id in
            try relationRows(where: "r.id = ?", [.int(id)], filter: .none).map(\.edge.relation)
        }.sorted {
            ($0.subject.id, $0.object.id, $0.predicate, $0.polarity)
                < ($1.subject.id, $1.object.id, $1.predicate, $1.polarity)
        }
    }
}
