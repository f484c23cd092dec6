import Foundation
public import LitGraphModel

/// The SQLite knowledge graph: opens (and creates or migrates) a LitGraph database, writes
/// annotated documents into it and reads entities, edges and whole graphs back.
///
/// A `GraphStore` owns one SQLite connection (WAL journal, foreign keys on except inside its own
/// write transactions, a busy timeout) and caches its prepared statements. It is not `Sendable`: use each store from one task or thread;
/// open one store per thread to read concurrently. Every method throws ``StoreError`` for problems
/// a user can fix and ``SQLiteError`` for anything else SQLite reports.
public final class GraphStore {
    /// How to open the database.
    public enum AccessMode: Sendable {
        /// Open with `SQLITE_OPEN_READONLY`; the file must exist. Never writes, except that a
        /// writable database of an older schema is first upgraded in place, after a backup.
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
    /// Whether a ``bulkTransaction(_:)`` is open: writes take no savepoint of their own.
    var bulkTransactionOpen = false
    /// The error of the write that failed in the open ``bulkTransaction(_:)``, which rolls it back.
    var bulkFailure: (any Error)?
    /// Whether ``deferSecondaryIndexes()`` dropped the secondary indexes and nothing restored them.
    var secondaryIndexesDeferred = false
    /// Documents found not stored in the open ``bulkTransaction(_:)``, not to look up again.
    var absentDocuments = AbsentDocuments()
    /// The next sentence key a write gives, when known in the open write call (see `reserveSentenceKeys`).
    var nextSentenceKey: Int?
    /// Positive when the relations written lately were mostly new, negative when mostly stored;
    /// orders the statements of `addEvidence`.
    var relationsLately = 0

    /// Opens the database at `path`, checking that it is a LitGraph database this build can read.
    ///
    /// A database from an older LitGraph is migrated in place, in either mode, after a backup of
    /// the file as it was has been written beside it (`graph.sqlite.v5.bak`, see ``SchemaUpgrade``);
    /// `upgradeNote` is told about it (by default a line on standard error). Read-only, that needs
    /// the file and its folder to be writable; otherwise the open fails with
    /// ``StoreError/olderSchemaReadOnly(path:found:supported:)`` and the file is left as it was.
    ///
    /// - Parameter busyTimeout: how long to wait for another writer's lock before failing with
    ///   ``StoreError/locked(path:timeoutSeconds:)``; 5 seconds by default.
    /// - Throws: ``StoreError`` when the file is missing (read-only), not SQLite, another
    ///   application's database, newer than this build, or locked. A file that is refused is left
    ///   byte-for-byte unchanged.
    public init(
        path: String, mode: AccessMode, busyTimeout: Duration = .seconds(5),
        upgradeNote: (SchemaUpgrade) -> Void = GraphStore.printUpgradeNote
    ) throws {
        self.path = path
        self.mode = mode
        self.busyTimeout = busyTimeout
        try Self.checkFileHeader(path: path, mode: mode)
        if mode == .readOnly {
            try Self.upgradeIfOlder(path: path, busyTimeout: busyTimeout, upgradeNote: upgradeNote)
        }
        connection = try Self.openConnection(path: path, mode: mode, busyTimeout: busyTimeout)
        try mappingLockErrors {
            if let upgrade = try prepareSchema() { upgradeNote(upgrade) }
            // Outside any transaction, so that no rollback takes it away.
            if mode == .readWrite {
                try connection.execute(
                    "CREATE TEMP TABLE seen_documents (id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
            }
        }
    }

    /// Writes `litgraph: <upgrade>` on standard error: the default ``init(path:mode:busyTimeout:upgradeNote:)`` note.
    public static func printUpgradeNote(_ upgrade: SchemaUpgrade) {
        FileHandle.standardError.write(Data("litgraph: \(upgrade)\n".utf8))
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
                try inWriteTransaction(body)
            }
        } catch {
            writtenRows = WrittenRows()  // the rollback may have taken written rows away
            absentDocuments.removeAll()  // or put removed documents back
            throw error
        }
    }

    /// Runs `body` on one snapshot of the database: every read inside sees the same commit.
    ///
    /// Each read method of the store already reads one snapshot; use this to make several of them
    /// (say, ``statistics()`` and ``graph(name:filter:)``) agree while a build commits meanwhile.
    /// Inside ``transaction(_:)``, it is that transaction. Keep it short on a store that a build
    /// shares: WAL cannot be checkpointed past an open snapshot.
    /// - Throws: whatever `body` throws, or ``StoreError``.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try reading(body)
    }

    /// ``snapshot(_:)`` for the store's own multi-statement reads.
    func reading<T>(_ body: () throws -> T) throws -> T {
        try mappingLockErrors {
            try connection.inReadTransaction(body)
        }
    }

    /// Row counts of every table: documents, sentences, entities, relations and evidence.
    public func statistics() throws -> GraphStatistics {
        return try reading {
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
    }

    /// Runs `body`, turning the SQLite failures a user can act on into ``StoreError``s.
    ///
    /// Each names the database: a lock held past the busy timeout, a full disk, a read-only file,
    /// an I/O error and a damaged file. Anything else is rethrown as it is.
    func mappingLockErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw storeError(for: error) ?? error
        }
    }

    /// The ``StoreError`` that explains `error` to a user, or nil when it is not one of those.
    func storeError(for error: SQLiteError) -> StoreError? {
        if error.isBusy { return .locked(path: path, timeoutSeconds: busyTimeout / .seconds(1)) }
        switch error.kind {
        case .full: return .diskFull(path: path)
        case .readOnly, .cannotOpen: return mode == .readOnly ? nil : .notWritable(path: path)
        case .ioError: return .ioFailure(path: path, reason: error.message)
        case .corrupt: return .damaged(path: path, reason: error.message)
        case .other: return nil
        }
    }
}

@available(*, unavailable)
extension GraphStore: Sendable {}
