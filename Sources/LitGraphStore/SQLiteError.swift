import Foundation
internal import LitGraphSQLite

/// An error reported by SQLite: its result code, its message and the SQL being run.
///
/// The description reads like GRDB's: `SQLite error 19: NOT NULL constraint failed: entities.name —
/// while executing INSERT INTO entities …`, on one line.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, such as 19 (`SQLITE_CONSTRAINT`) or 2067 (`SQLITE_CONSTRAINT_UNIQUE`).
    public let extendedCode: Int32
    /// SQLite's own message for the failure.
    public let message: String
    /// The SQL statement that failed, when the failure came from one.
    public let sql: String?

    /// The primary result code (the low byte of the extended code), such as 5 for `SQLITE_BUSY`.
    public var code: Int32 { extendedCode & 0xFF }

    /// One line: code, message and the statement, with its white space collapsed.
    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql {
            text += " — while executing \(sql.split(whereSeparator: \.isWhitespace).joined(separator: " "))"
        }
        return text
    }

    /// The failures a user can act on, by primary result code.
    enum Kind {
        /// `SQLITE_FULL`: the disk, or `max_page_count`, is full.
        case full
        /// `SQLITE_READONLY`: the file (or its folder, for the WAL) cannot be written.
        case readOnly
        /// `SQLITE_CANTOPEN`: a file (the database, its WAL or shared memory) cannot be opened.
        case cannotOpen
        /// `SQLITE_IOERR`: the operating system failed a read or write.
        case ioError
        /// `SQLITE_CORRUPT` or `SQLITE_NOTADB`: the file's pages are damaged.
        case corrupt
        /// Anything else.
        case other
    }

    /// Which of the actionable failures this is.
    var kind: Kind {
        switch code {
        case SQLITE_FULL: .full
        case SQLITE_READONLY: .readOnly
        case SQLITE_CANTOPEN: .cannotOpen
        case SQLITE_IOERR: .ioError
        case SQLITE_CORRUPT, SQLITE_NOTADB: .corrupt
        default: .other
        }
    }

    /// Whether another connection held a lock past the busy timeout.
    var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    /// Throws unless `resultCode` reports success (`SQLITE_OK`, `SQLITE_ROW` or `SQLITE_DONE`).
    ///
    /// Every return code of a SQLite call goes through this one function.
    static func check(_ resultCode: Int32, connection: OpaquePointer?, sql: String? = nil) throws(SQLiteError) {
        switch resultCode & 0xFF {
        case SQLITE_OK, SQLITE_ROW, SQLITE_DONE:
            return
        default:
            var message =
                connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
                ?? String(cString: sqlite3_errstr(resultCode))
            // For an I/O error, what the operating system said ("File too large", "No space left on device").
            if resultCode & 0xFF == SQLITE_IOERR, let connection, let code = systemErrorNumber(connection),
                let reason = strerror(code)
            {
                message += ": \(String(cString: reason))"
            }
            throw SQLiteError(extendedCode: resultCode, message: message, sql: sql)
        }
    }

    /// The operating system's error number behind the connection's last I/O error, if known.
    ///
    /// SQLite records it for the connection (`sqlite3_system_errno`) when a statement fails, but
    /// not when `COMMIT` fails writing the WAL (or a checkpoint the database file): then the file
    /// that refused the write still keeps it (`SQLITE_FCNTL_LAST_ERRNO`), the WAL being the one
    /// `SQLITE_FCNTL_JOURNAL_POINTER` gives in WAL mode. Only on the error path.
    private static func systemErrorNumber(_ connection: OpaquePointer) -> Int32? {
        let recorded = sqlite3_system_errno(connection)
        if recorded != 0 { return recorded }
        var last: Int32 = 0
        var journal: UnsafeMutablePointer<sqlite3_file>?
        // An unopened journal has no methods; an open one answers for itself.
        if sqlite3_file_control(connection, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK,
            let journal, let control = journal.pointee.pMethods?.pointee.xFileControl,
            control(journal, SQLITE_FCNTL_LAST_ERRNO, &last) == SQLITE_OK, last != 0
        {
            return last
        }
        if sqlite3_file_control(connection, "main", SQLITE_FCNTL_LAST_ERRNO, &last) == SQLITE_OK, last != 0 {
            return last
        }
        return nil
    }
}
