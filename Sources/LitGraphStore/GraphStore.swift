public import LitGraphModel

/// The SQLite knowledge graph: opens (and creates or migrates) a LitGraph database, writes
/// annotated documents into it and reads entities, edges and whole graphs back.
///
/// A `GraphStore` owns one SQLite connection (WAL journal, foreign keys on, a busy timeout) and
/// caches its prepared statements. It is not `Sendable`: use each store from one task or thread;
/// open one store per thread to read concurrently. Every method throws ``StoreError`` for problems
/// a user can fix and ``SQLiteError`` for anything else SQLite reports.
public final class GraphStore {
    /// How to open the database.
    public enum AccessMode: Sendable {
        /// Open with `SQLITE_OPEN_READONLY`; never migrates or writes; the file must exist.
        case readOnly
        /// Open for reading and writing; creates the file and its schema if missing, migrates an older one.
        case readWrite
    }

    /// The database file's path, as given.
    public let path: String
    /// The access mode the store was opened with.
    public let mode: AccessMode
    let connection: DatabaseConnection
    let busyTimeout: Duration
    /// Entities and names written in the open transaction (see ``WrittenRows``).
    var writtenRows = WrittenRows()

    /// Opens the database at `path`, checking that it is a LitGraph database this build can read.
    ///
    /// - Parameter busyTimeout: how long to wait for another writer's lock before failing with
    ///   ``StoreError/locked(path:timeoutSeconds:)``; 5 seconds by default.
    /// - Throws: ``StoreError`` when the file is missing (read-only), not SQLite, another
    ///   application's database, newer than this build, or locked. A file that is refused is left
    ///   byte-for-byte unchanged.
    public init(path: String, mode: AccessMode, busyTimeout: Duration = .seconds(5)) throws {
        self.path = path
        self.mode = mode
        self.busyTimeout = busyTimeout
        try Self.checkFileHeader(path: path, mode: mode)
        let milliseconds = (busyTimeout / .milliseconds(1)).rounded()
        do {
            connection = try DatabaseConnection(
                path: path,
                readOnly: mode == .readOnly,
                busyTimeoutMilliseconds: Int32(clamping: Int64(milliseconds))
            )
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.message)
        }
        try mappingLockErrors {
            try prepareSchema()
            // Outside any transaction, so that no rollback takes it away.
            if mode == .readWrite {
                try connection.execute(
                    "CREATE TEMP TABLE seen_documents (id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
            }
        }
    }

    /// Runs `body` in one transaction (`BEGIN IMMEDIATE` … `COMMIT`; `ROLLBACK` on throw).
    ///
    /// Writes inside `body` become visible to other connections together, and batching many
    /// ``write(_:)`` calls in one transaction is much faster. A nested call (or a ``write(_:)``
    /// inside `body`) uses a `SAVEPOINT`, so its failure undoes only its own changes.
    /// - Throws: whatever `body` throws, or ``StoreError/locked(path:timeoutSeconds:)``.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        do {
            return try mappingLockErrors {
                try connection.inTransaction(body)
            }
        } catch {
            writtenRows = WrittenRows()  // the rollback may have taken written rows away
            throw error
        }
    }

    /// Row counts of every table: documents, sentences, entities, relations and evidence.
    public func statistics() throws -> GraphStatistics {
        try mappingLockErrors {
            GraphStatistics(
                documents: try connection.scalarInt("SELECT count(*) FROM documents"),
                sentences: try connection.scalarInt("SELECT count(*) FROM sentences"),
                entities: try connection.scalarInt("SELECT count(*) FROM entities"),
                relations: try connection.scalarInt("SELECT count(*) FROM relations"),
                evidence: try connection.scalarInt("SELECT count(*) FROM evidence")
            )
        }
    }

    /// Runs `body`, turning SQLite's "database is locked" into ``StoreError/locked(path:timeoutSeconds:)``.
    func mappingLockErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError where error.isBusy {
            throw StoreError.locked(path: path, timeoutSeconds: busyTimeout / .seconds(1))
        }
    }
}

@available(*, unavailable)
extension GraphStore: Sendable {}
