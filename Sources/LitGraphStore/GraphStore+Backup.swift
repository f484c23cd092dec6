import Foundation

extension GraphStore {
    /// Writes a copy of the database as it is now beside it, named after its schema `version`
    /// (`graph.sqlite.v5.bak`; `graph.sqlite.v5-2.bak` … when that name is taken), and returns its path.
    ///
    /// The copy is made with SQLite's backup API into a `.partial` file, synced, renamed into
    /// place and its folder synced, so a crash never leaves a partial copy under the final name.
    /// Called inside the migration's `BEGIN IMMEDIATE` transaction before it writes anything: the
    /// copy is read on a connection of its own (SQLite refuses to back up from a connection in a
    /// write transaction) and sees the last commit, which no other process can change meanwhile.
    /// - Throws: ``StoreError/notWritable(path:)`` (or another ``StoreError``) when it cannot be written.
    func backUp(version: Int) throws -> String {
        let backup = Self.freeBackupPath(for: path, version: version)
        let partial = backup + ".partial"
        let files = FileManager.default
        Self.removeFile(partial)  // a partial copy a crash left behind
        do {
            let source = try DatabaseConnection(path: path, readOnly: true, busyTimeoutMilliseconds: 5000)
            try source.backUp(to: partial)
            try Self.synchronize(path: partial)
            try files.moveItem(atPath: partial, toPath: backup)
            try? Self.synchronize(path: (backup as NSString).deletingLastPathComponent)
        } catch let error as SQLiteError {
            Self.removeFile(partial)
            throw storeError(for: error).map { Self.naming(backup, in: $0) } ?? error
        } catch {
            Self.removeFile(partial)
            throw StoreError.cannotOpen(path: backup, reason: error.localizedDescription)
        }
        return backup
    }

    /// `path.vN.bak`, or the first of `path.vN-2.bak`, `path.vN-3.bak` … that does not exist yet.
    static func freeBackupPath(for path: String, version: Int) -> String {
        let first = "\(path).v\(version).bak"
        var candidate = first
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(path).v\(version)-\(number).bak"
            number += 1
        }
        return candidate
    }

    /// `error`, about the backup file rather than the database when it names a path.
    private static func naming(_ backup: String, in error: StoreError) -> StoreError {
        switch error {
        case .notWritable: .notWritable(path: backup)
        case .diskFull: .diskFull(path: backup)
        case .ioFailure(_, let reason): .ioFailure(path: backup, reason: reason)
        default: error
        }
    }

    /// Removes `path` if it is a regular file (never a folder that happens to have its name).
    private static func removeFile(_ path: String) {
        let files = FileManager.default
        if (try? files.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular {
            try? files.removeItem(atPath: path)
        }
    }

    /// Flushes a file (or a folder's entries) to the disk with `fsync`.
    private static func synchronize(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        try handle.synchronize()
    }
}
