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
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw SQLiteError(
                extendedCode: resultCode,
                message: message ?? String(cString: sqlite3_errstr(resultCode)),
                sql: sql
            )
        }
    }
}
