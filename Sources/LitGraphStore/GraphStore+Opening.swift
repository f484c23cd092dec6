import Foundation

extension GraphStore {
    /// The 16 bytes every SQLite 3 database file starts with.
    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Refuses, before SQLite touches it, a path that is missing (read-only) or not an SQLite file.
    ///
    /// An empty file counts as missing when read-only and as a new database when read-write.
    static func checkFileHeader(path: String, mode: AccessMode) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if mode == .readOnly { throw StoreError.missingDatabase(path: path) }
            return  // SQLite creates it, or reports why it cannot.
        }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error.localizedDescription)")
        }
        if header.isEmpty {
            if mode == .readOnly { throw StoreError.missingDatabase(path: path) }
            return
        }
        guard Array(header) == sqliteHeader else { throw StoreError.notSQLite(path: path) }
    }

    /// Checks that the open database is a LitGraph one this build reads, then prepares it.
    ///
    /// Read-write only: turns on WAL and creates or migrates the schema. Nothing is written before
    /// the checks pass, so a refused file stays byte-for-byte unchanged.
    func prepareSchema() throws {
        try connection.execute("PRAGMA foreign_keys = ON")
        let applicationID = try connection.scalarInt("PRAGMA application_id")
        let version = try connection.scalarInt("PRAGMA user_version")
        let tableCount = try connection.scalarInt(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
        let supported = Migration.currentVersion
        if applicationID != Int(Migration.applicationID) {
            // An empty SQLite file with no application id is a fresh database we may adopt.
            guard applicationID == 0, tableCount == 0 else { throw StoreError.foreignDatabase(path: path) }
            if mode == .readOnly { throw StoreError.missingDatabase(path: path) }
        } else if version > supported {
            throw StoreError.newerSchema(path: path, found: version, supported: supported)
        } else if version < supported, mode == .readOnly {
            throw StoreError.olderSchemaReadOnly(path: path, found: version, supported: supported)
        }
        // Up to 32 MiB of page cache (the default is 2 MiB); allocated only as pages are used.
        try connection.execute("PRAGMA cache_size = -32768")
        guard mode == .readWrite else { return }
        try connection.execute("PRAGMA journal_mode = WAL")
        // In WAL mode NORMAL keeps the database consistent; only the last commits can be lost on power failure.
        try connection.execute("PRAGMA synchronous = NORMAL")
        try Migrator(migrations: Migration.all).migrate(connection)
    }
}
