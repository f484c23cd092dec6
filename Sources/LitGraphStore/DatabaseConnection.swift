internal import LitGraphSQLite

/// One SQLite connection, owning its `sqlite3*`: opened in `init`, closed in `deinit`.
///
/// It caches prepared statements by SQL text so the write path prepares each statement once.
/// Not thread-safe: use a connection from one thread at a time (it is not `Sendable`).
final class DatabaseConnection {
    /// The path the connection was opened on.
    let path: String
    /// The raw handle, for ``Statement`` and ``SQLiteError/check(_:connection:sql:)``.
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    /// Statements found by number (``numberedStatement(_:count:sql:)``), `nil` until prepared.
    private var numbered: [Statement?] = []

    /// Opens `path`; `readOnly` opens with `SQLITE_OPEN_READONLY`, otherwise the file is created if missing.
    ///
    /// `immutable` (read-only only) opens the file as SQLite's `immutable=1` URI parameter says:
    /// no locks, no WAL or shared-memory file; only for a file nothing can be writing.
    init(path: String, readOnly: Bool, busyTimeoutMilliseconds: Int32, immutable: Bool = false) throws(SQLiteError) {
        var handle: OpaquePointer?
        let access = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let flags = access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | (immutable ? SQLITE_OPEN_URI : 0)
        let name = immutable ? "file:\(Self.uriEscaped(path))?immutable=1" : path
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard let handle else {
            try SQLiteError.check(code == SQLITE_OK ? SQLITE_NOMEM : code, connection: nil)
            throw SQLiteError(extendedCode: SQLITE_NOMEM, message: "out of memory", sql: nil)
        }
        do {
            try SQLiteError.check(code, connection: handle)
            try SQLiteError.check(sqlite3_busy_timeout(handle, busyTimeoutMilliseconds), connection: handle)
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
        self.path = path
        self.handle = handle
    }

    /// `path` with the characters an SQLite URI filename treats specially (`%`, `?`, `#`) percent-encoded.
    private static func uriEscaped(_ path: String) -> String {
        var result = ""
        for character in path {
            switch character {
            case "%": result += "%25"
            case "?": result += "%3F"
            case "#": result += "%23"
            default: result.append(character)
            }
        }
        return result
    }

    deinit {
        cache.removeAll()
        numbered.removeAll()
        // close_v2 defers the close until every statement is finalized; it cannot fail on a valid handle.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters (schema, PRAGMA, BEGIN/COMMIT).
    func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        try SQLiteError.check(code, connection: handle, sql: sql)
    }

    /// The prepared statement for `sql`, prepared on first use and reused afterwards.
    func cachedStatement(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = cache[sql] { return statement }
        let statement = try Statement(sql: sql, connection: handle)
        cache[sql] = statement
        return statement
    }

    /// The prepared statement numbered `number` (below `count`, the size of the numbering), prepared
    /// from `sql()` on first use and reused afterwards: the hot path's statements, found without
    /// hashing their text.
    func numberedStatement(_ number: Int, count: Int, sql: () -> String) throws(SQLiteError) -> Statement {
        if number < numbered.count, let statement = numbered[number] { return statement }
        if numbered.count < count { numbered += Array(repeating: nil, count: count - numbered.count) }
        let statement = try Statement(sql: sql(), connection: handle)
        numbered[number] = statement
        return statement
    }

    /// The first column of the first row of a parameterless query, as an integer (0 without a row).
    func scalarInt(_ sql: String) throws(SQLiteError) -> Int {
        try Statement(sql: sql, connection: handle).scalarInt() ?? 0
    }

    /// Whether no transaction is open (SQLite's autocommit mode).
    var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` on this connection changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// The rowid of the last row inserted on this connection.
    var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
}

@available(*, unavailable)
extension DatabaseConnection: Sendable {}
