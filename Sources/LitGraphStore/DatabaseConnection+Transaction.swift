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
}
