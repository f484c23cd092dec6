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
    /// An older schema could not be migrated because the file or its folder is not writable.
    case olderSchemaReadOnly(path: String, found: Int, supported: Int)
    /// A write was attempted on a store opened with ``GraphStore/AccessMode/readOnly``.
    case readOnly(path: String)
    /// Another connection held the write lock past the busy timeout.
    case locked(path: String, timeoutSeconds: Double)
    /// SQLite could not open the file (missing directory, permissions…).
    case cannotOpen(path: String, reason: String)
    /// The file or its folder is not writable, so a write was refused; nothing was changed.
    case notWritable(path: String)
    /// The disk (or the file size limit) is full; the transaction was rolled back.
    case diskFull(path: String)
    /// The operating system reported an I/O error reading or writing the database or its journal.
    case ioFailure(path: String, reason: String)
    /// The file is an SQLite database whose pages are damaged (truncated or overwritten).
    case damaged(path: String, reason: String)
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
            "\(path) has schema version \(found) and this build needs \(supported), but it cannot be upgraded "
                + "in place because it or its folder is not writable; make both writable (chmod u+w) and run the "
                + "command again, or copy the file to a writable folder and pass that --db path"
        case .readOnly(let path):
            "\(path) was opened read-only; open it with GraphStore.AccessMode.readWrite to write to it"
        case .locked(let path, let timeoutSeconds):
            "\(path) is being written by another litgraph build (still locked after waiting "
                + "\(Self.seconds(timeoutSeconds)) s); wait for it to finish and run again, or pass a longer --wait"
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason); check that its directory exists and is writable, or pass another --db path"
        case .notWritable(let path):
            "\(path) is not writable (it or its folder is read-only); nothing was changed — check the permissions "
                + "(chmod u+w) or pass another --db path"
        case .diskFull(let path):
            "the disk holding \(path) is full; the last transaction was rolled back and everything stored before "
                + "it is intact — free some space (or move the database with --db) and run the command again"
        case .ioFailure(let path, let reason):
            "I/O error on \(path) (\(reason)); the last transaction was rolled back — check the disk and the file "
                + "size limit (ulimit -f), then run the command again"
        case .damaged(let path, let reason):
            "\(path) is damaged (\(reason)); restore it from a backup or build it again into a new --db path"
        case .invalidDocument(let path, let documentID, let problem):
            "document \(documentID): \(problem); nothing from this batch was stored in \(path) — "
                + "fix the extractor output"
        case .unreadableValue(let path, let column, let value):
            "\(path): unknown value \"\(value)\" in \(column); it was written by another LitGraph build — "
                + "upgrade litgraph or rebuild the database"
        }
    }

    /// `seconds` without a fraction when whole (`10`), else with up to three decimals (`0.25`).
    private static func seconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String((seconds * 1000).rounded() / 1000)
    }
}
