extension DatabaseConnection {
    /// Runs `body` in a transaction: `BEGIN IMMEDIATE` … `COMMIT`, or a `SAVEPOINT` when one is open.
    ///
    /// Commits (or releases the savepoint) when `body` returns, rolls back when it throws, and
    /// rethrows the error; a nested call rolls back only its own savepoint.
    func inTransaction<T>(_ body: () throws -> T) throws -> T {
        if isAutocommit {
            return try bracketed(body, begin: "BEGIN IMMEDIATE", end: "COMMIT", undo: "ROLLBACK")
        }
        return try bracketed(
            body, begin: "SAVEPOINT litgraph", end: "RELEASE SAVEPOINT litgraph",
            undo: "ROLLBACK TO SAVEPOINT litgraph; RELEASE SAVEPOINT litgraph")
    }

    /// Runs `body` in a read transaction (`BEGIN DEFERRED` … `COMMIT`), or directly when a
    /// transaction is already open.
    ///
    /// In WAL mode every statement inside sees the same commit, even when another connection
    /// commits meanwhile; the read snapshot ends with `body`.
    func inReadTransaction<T>(_ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try body() }
        return try bracketed(body, begin: "BEGIN DEFERRED", end: "COMMIT", undo: "ROLLBACK")
    }

    /// Runs `begin`, then `body`, then `end`, and `undo` when `body` or `end` throws.
    ///
    /// `undo` runs only if a transaction is still open (SQLite may already have rolled back, as
    /// after SQLITE_FULL); the error is rethrown.
    private func bracketed<T>(_ body: () throws -> T, begin: String, end: String, undo: String) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute(end)
            return result
        } catch {
            if !isAutocommit { try? execute(undo) }
            throw error
        }
    }
}
