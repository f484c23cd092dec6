extension GraphStore {
    /// Records that a document was met, and says whether it was the first time on this store.
    ///
    /// The identifiers are kept in a temporary table of this connection (`temp.seen_documents`,
    /// in a temporary file, not in the database), so memory does not grow with the number of
    /// documents of a build; they vanish when the store is closed. A transaction rolled back takes
    /// its records with it. Read-write stores only.
    /// - Returns: `true` the first time `documentID` is recorded, `false` afterwards.
    /// - Throws: ``StoreError/readOnly(path:)`` on a read-only store.
    public func recordSeen(documentID: String) throws -> Bool {
        guard mode == .readWrite else { throw StoreError.readOnly(path: path) }
        return try mappingLockErrors {
            try statement(.seenInsert).execute(binding: documentID)
            return connection.changes == 1
        }
    }
}
