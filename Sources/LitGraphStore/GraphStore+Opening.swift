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

    /// Opens the connection a store in `mode` uses.
    ///
    /// Read-only, a database in a folder nobody may write (a read-only mount, a shared folder) is
    /// opened `immutable` when SQLite cannot create its shared-memory file there and no WAL file
    /// exists: without a WAL file nobody is writing it, and nobody can start to.
    static func openConnection(path: String, mode: AccessMode, busyTimeout: Duration) throws -> DatabaseConnection {
        let milliseconds = Int32(clamping: Int64((busyTimeout / .milliseconds(1)).rounded()))
        let connection: DatabaseConnection
        do {
            connection = try DatabaseConnection(
                path: path, readOnly: mode == .readOnly, busyTimeoutMilliseconds: milliseconds)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.message)
        }
        guard mode == .readOnly else { return connection }
        do {
            _ = try connection.scalarInt("PRAGMA application_id")
            return connection
        } catch  where [.readOnly, .cannotOpen].contains(error.kind) && !hasWriteAheadLog(path) {
            do {
                return try DatabaseConnection(
                    path: path, readOnly: true, busyTimeoutMilliseconds: milliseconds, immutable: true)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: error.message)
            }
        } catch {
            // Reported, with the others, where the schema is read.
            return connection
        }
    }

    /// Whether a non-empty WAL file sits beside `path` (commits not yet copied into the file).
    private static func hasWriteAheadLog(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return size > 0
    }

    /// Checks that the open database is a LitGraph one this build reads, then prepares it.
    ///
    /// Read-write only: turns on WAL and creates or migrates the schema, backing an older file up
    /// first (``backUp(version:)``). Nothing is written before the checks pass, so a refused file
    /// stays byte-for-byte unchanged.
    /// - Returns: the upgrade made, if an older database was migrated.
    func prepareSchema() throws -> SchemaUpgrade? {
        try connection.execute("PRAGMA foreign_keys = ON")
        let identity = try Self.identity(of: connection)
        let supported = Migration.currentVersion
        if identity.applicationID != Int(Migration.applicationID) {
            // An empty SQLite file with no application id is a fresh database we may adopt.
            guard identity.applicationID == 0, identity.tableCount == 0 else {
                throw StoreError.foreignDatabase(path: path)
            }
            if mode == .readOnly { throw StoreError.missingDatabase(path: path) }
        } else if identity.version > supported {
            throw StoreError.newerSchema(path: path, found: identity.version, supported: supported)
        } else if identity.version < supported, mode == .readOnly {
            // Only when the file changed after ``upgradeIfOlder(path:busyTimeout:upgradeNote:)`` looked.
            throw StoreError.olderSchemaReadOnly(path: path, found: identity.version, supported: supported)
        }
        // Up to 32 MiB of page cache (the default is 2 MiB); allocated only as pages are used.
        try connection.execute("PRAGMA cache_size = -32768")
        guard mode == .readWrite else { return nil }
        try connection.execute("PRAGMA journal_mode = WAL")
        // In WAL mode NORMAL keeps the database consistent; only the last commits can be lost on power failure.
        try connection.execute("PRAGMA synchronous = NORMAL")
        var upgrade: SchemaUpgrade?
        try Migrator(migrations: Migration.all).migrate(connection) { version in
            // Inside the migration's write transaction: no other process can change the file meanwhile.
            guard version >= 1 else { return }
            let backup = try backUp(version: version)
            upgrade = SchemaUpgrade(path: path, fromVersion: version, toVersion: supported, backupPath: backup)
        }
        // A build into an empty graph that stopped before it ended left its secondary indexes out.
        if try lacksSecondaryIndexes() { try transaction { try createMissingSecondaryIndexes() } }
        try applyTestingPageLimit()
        return upgrade
    }

    /// The application id, schema version and number of tables of the database on `connection`.
    static func identity(of connection: DatabaseConnection) throws -> (
        applicationID: Int, version: Int, tableCount: Int
    ) {
        (
            try connection.scalarInt("PRAGMA application_id"),
            try connection.scalarInt("PRAGMA user_version"),
            try connection.scalarInt(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        )
    }

    /// Before a read-only open: migrates a LitGraph database of an older schema in place (after its
    /// backup) when the file and its folder are writable, else refuses it untouched.
    ///
    /// Anything else (a newer schema, another application's file) is left for ``prepareSchema()``
    /// to refuse.
    static func upgradeIfOlder(path: String, busyTimeout: Duration, upgradeNote: (SchemaUpgrade) -> Void) throws {
        let identity: (applicationID: Int, version: Int, tableCount: Int)
        do {
            let probe = try DatabaseConnection(path: path, readOnly: true, busyTimeoutMilliseconds: 1000)
            identity = try Self.identity(of: probe)
        } catch {
            return  // The read-only open that follows reports it.
        }
        let supported = Migration.currentVersion
        guard identity.applicationID == Int(Migration.applicationID), identity.version < supported else { return }
        let folder = (path as NSString).deletingLastPathComponent
        let files = FileManager.default
        guard files.isWritableFile(atPath: path), files.isWritableFile(atPath: folder.isEmpty ? "." : folder) else {
            throw StoreError.olderSchemaReadOnly(path: path, found: identity.version, supported: supported)
        }
        do {
            _ = try GraphStore(path: path, mode: .readWrite, busyTimeout: busyTimeout, upgradeNote: upgradeNote)
        } catch StoreError.notWritable, StoreError.cannotOpen {
            throw StoreError.olderSchemaReadOnly(path: path, found: identity.version, supported: supported)
        }
    }

    /// Limits the file to `LITGRAPH_TESTING_MAX_PAGE_COUNT` pages when that variable is set.
    ///
    /// For tests only: it makes SQLite fail with `SQLITE_FULL` as on a full disk, so that the
    /// disk-full path of a real build can be exercised without filling a disk. Never set it otherwise.
    private func applyTestingPageLimit() throws {
        guard let value = ProcessInfo.processInfo.environment["LITGRAPH_TESTING_MAX_PAGE_COUNT"],
            let pages = Int(value), pages > 0
        else { return }
        // An integer parsed above, not text: PRAGMA takes no bound parameters.
        try connection.execute("PRAGMA max_page_count = \(pages)")
    }
}
