extension DatabaseConnection {
    /// Runs `body` in a transaction: `BEGIN IMMEDIATE` … `COMMIT`, or a `SAVEPOINT` when one is open.
    ///
    /// Commits (or releases the savepoint) when `body` returns, rolls back when it throws, and
    /// rethrows the error; a nested call rolls back only its own savepoint.
    func inTransaction<T>(_ body: () throws -> T) throws -> T {
        if isAutocommit {
            try execute("BEGIN IMMEDIATE")
            do {
                let result = try body()
                try execute("COMMIT")
                return result
            } catch {
                // SQLite may already have rolled back (e.g. after SQLITE_FULL); only roll back if still open.
                if !isAutocommit { try? execute("ROLLBACK") }
                throw error
            }
        }
        try execute("SAVEPOINT litgraph")
        do {
            let result = try body()
            try execute("RELEASE SAVEPOINT litgraph")
            return result
        } catch {
            if !isAutocommit { try? execute("ROLLBACK TO SAVEPOINT litgraph; RELEASE SAVEPOINT litgraph") }
            throw error
        }
    }

    /// Runs `body` in a read transaction (`BEGIN DEFERRED` … `COMMIT`), or directly when a
    /// transaction is already open.
    ///
    /// In WAL mode every statement inside sees the same commit, even when another connection
    /// commits meanwhile; the read snapshot ends with `body`.
    func inReadTransaction<T>(_ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try body() }
        try execute("BEGIN DEFERRED")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !isAutocommit { try? execute("ROLLBACK") }
            throw error
        }
    }
}
