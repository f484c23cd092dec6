extension GraphStore {
    /// Runs `body` in a write transaction, or in a savepoint of the one open, with SQLite's
    /// foreign-key enforcement off while the outermost transaction lasts.
    ///
    /// Enforcement costs about a tenth of ``write(_:)-([DocumentVersion])`` (a parent lookup per
    /// reference per row, measured with callgrind) and guards nothing the write path does not
    /// already guarantee. The transaction is `BEGIN IMMEDIATE`, so no other connection changes the
    /// file while it lasts, and ``writtenRows`` starts empty in it, so no row is trusted that another
    /// connection may have removed between transactions. Inside, every reference written is to a row
    /// written or found first: a document's sentences and mentions follow the document row; every
    /// entity a mention, a name or a relation names is inserted (or found, `ON CONFLICT DO NOTHING`)
    /// before them; evidence cites a relation just looked up or inserted and a sentence of its own
    /// document (``write(_:)-([DocumentVersion])`` validates that before writing anything).
    /// Removal deletes children explicitly instead of by cascade (``removeDocument(id:)``,
    /// ``removeOrphans(relationIDs:entityIDs:)``), and deletes relations and entities only when
    /// nothing references them. `litgraph check` still runs `PRAGMA foreign_key_check`, and the
    /// connection has enforcement on outside these transactions, for anything else it runs.
    func inWriteTransaction<T>(_ body: () throws -> T) throws -> T {
        guard connection.isAutocommit else { return try connection.inTransaction(body) }
        // A no-op inside a transaction, so set before BEGIN and restored after COMMIT or ROLLBACK.
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        writtenRows = WrittenRows()
        return try connection.inTransaction(body)
    }
}

extension GraphStore {
    /// Runs `body` in one write transaction in which ``write(_:)-([DocumentVersion])`` takes no
    /// savepoint of its own; a write that fails rolls back the whole transaction.
    ///
    /// A savepoint makes SQLite copy each page a write changes, the first time it does, into a
    /// sub-journal (a temporary file once past 64 KiB), and makes FTS5 flush the terms it holds for
    /// the sentences indexed so far (a segment per savepoint). A build writes its documents in
    /// batches in transactions of thousands of documents and gives up the transaction on any
    /// failure, so it has no use for either. Here a write that throws is not undone alone: the
    /// error ends the transaction, which is rolled back when `body` returns or throws, even if
    /// `body` caught the error, and every later write in it rethrows that error. Inside a
    /// transaction already open, the same as ``transaction(_:)``.
    ///
    /// Its commit checkpoints the WAL only once it holds ``bulkCheckpointPages`` pages, not
    /// SQLite's 1,000: a build's commits rewrite many of the same index pages, which a checkpoint
    /// after every commit wrote into the database file each time. The WAL stays under that bound
    /// plus one transaction's pages; the last connection to close checkpoints the rest.
    /// - Throws: whatever `body` or a write inside it throws, or ``StoreError/locked(path:timeoutSeconds:)``.
    @discardableResult
    public func bulkTransaction<T>(_ body: () throws -> T) throws -> T {
        guard connection.isAutocommit, !bulkTransactionOpen else { return try transaction(body) }
        let checkpointPages = try connection.scalarInt("PRAGMA wal_autocheckpoint")
        try connection.execute("PRAGMA wal_autocheckpoint = \(Self.bulkCheckpointPages)")
        bulkTransactionOpen = true
        bulkFailure = nil
        defer {
            bulkTransactionOpen = false
            bulkFailure = nil
            absentDocuments.removeAll()
            try? connection.execute("PRAGMA wal_autocheckpoint = \(checkpointPages)")
        }
        return try transaction {
            let result = try body()
            if let bulkFailure { throw bulkFailure }
            return result
        }
    }

    /// WAL pages after which a ``bulkTransaction(_:)``'s commit checkpoints: 64 MiB of 4 KiB pages.
    ///
    /// On the bench corpus (one job) the database file took 169 MB of checkpoint writes with
    /// SQLite's 1,000, 134 MB with 8,192, 116 MB with 16,384 and 112 MB with 32,768 (the WAL then
    /// reaching 33, 61, 87 and 137 MB).
    static let bulkCheckpointPages = 16_384

    /// Runs one write: directly inside ``bulkTransaction(_:)`` (recording its failure, which ends
    /// that transaction), otherwise as ``inWriteTransaction(_:)`` does.
    func inWriteUnit<T>(_ body: () throws -> T) throws -> T {
        guard bulkTransactionOpen, !connection.isAutocommit || bulkFailure != nil else {
            return try inWriteTransaction(body)
        }
        if let bulkFailure { throw bulkFailure }
        do {
            return try body()
        } catch {
            bulkFailure = error
            throw error
        }
    }
}
