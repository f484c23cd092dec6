internal import LitGraphSQLite

extension DatabaseConnection {
    /// Copies the whole `main` database, as this connection sees it, into a new file at
    /// `destinationPath` with SQLite's online backup API.
    ///
    /// Safe inside an open transaction of this connection (the copy is what that transaction
    /// sees). SQLite syncs the destination when the copy completes.
    /// - Throws: ``SQLiteError`` when the destination cannot be created or written.
    func backUp(to destinationPath: String) throws(SQLiteError) {
        let destination = try DatabaseConnection(path: destinationPath, readOnly: false, busyTimeoutMilliseconds: 1000)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            try SQLiteError.check(sqlite3_errcode(destination.handle), connection: destination.handle)
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "backup could not start", sql: nil)
        }
        // -1: every page in one step, so the copy is one consistent snapshot.
        let stepCode = sqlite3_backup_step(backup, -1)
        let finishCode = sqlite3_backup_finish(backup)
        try SQLiteError.check(stepCode, connection: destination.handle)
        try SQLiteError.check(finishCode, connection: destination.handle)
    }
}
