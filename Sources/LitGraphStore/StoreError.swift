/// Why the graph database could not be opened, written or read; each description is one line
/// naming the database path and what to do.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A read-only open found no file (or an empty one) at the path.
    case missingDatabase(path: String)
    /// The file does not start with the SQLite header.
    case notSQLite(path: String)
    /// The file is an SQLite database of some other application.
    case foreignDatabase(path: String)
    /// A newer LitGraph wrote the database.
    case newerSchema(path: String, found: Int, supported: Int)
    /// An older schema was opened read-only, so it could not be migrated.
    case olderSchemaReadOnly(path: String, found: Int, supported: Int)
    /// A write was attempted on a store opened with ``GraphStore/AccessMode/readOnly``.
    case readOnly(path: String)
    /// Another connection held the write lock past the busy timeout.
    case locked(path: String, timeoutSeconds: Double)
    /// SQLite could not open the file (missing directory, permissions…).
    case cannotOpen(path: String, reason: String)
    /// A document handed to ``GraphStore/write(_:)`` is inconsistent; nothing of the batch was stored.
    case invalidDocument(path: String, documentID: String, problem: String)
    /// A stored value is not one this build knows (for instance an unknown predicate).
    case unreadableValue(path: String, column: String, value: String)

    /// One line naming the database and the fix.
    public var description: String {
        switch self {
        case .missingDatabase(let path):
            "no graph database at \(path); build one with `litgraph build … --db \(path)`"
        case .notSQLite(let path):
            "\(path) is not a LitGraph database (not an SQLite file); pass another --db path"
        case .foreignDatabase(let path):
            "\(path) is an SQLite database but not a LitGraph one; pass another --db path"
        case .newerSchema(let path, let found, let supported):
            "\(path) was written by a newer LitGraph (schema version \(found); this build reads up to "
                + "\(supported)); upgrade litgraph"
        case .olderSchemaReadOnly(let path, let found, let supported):
            "\(path) has schema version \(found) and this build needs \(supported); open it for writing "
                + "once (`litgraph build … --db \(path)`) to upgrade it in place"
        case .readOnly(let path):
            "\(path) was opened read-only; open it with GraphStore.AccessMode.readWrite to write to it"
        case .locked(let path, let timeoutSeconds):
            "\(path) is locked by another writer (still busy after \(timeoutSeconds) s); wait for the other "
                + "litgraph process to finish, or pass another --db path"
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason); check that its directory exists and is writable, or pass another --db path"
        case .invalidDocument(let path, let documentID, let problem):
            "document \(documentID): \(problem); nothing from this batch was stored in \(path) — "
                + "fix the extractor output"
        case .unreadableValue(let path, let column, let value):
            "\(path): unknown value \"\(value)\" in \(column); it was written by another LitGraph build — "
                + "upgrade litgraph or rebuild the database"
        }
    }
}
