internal import LitGraphSQLite

/// A prepared SQLite statement, owning its `sqlite3_stmt*`: prepared in `init`, finalized in `deinit`.
///
/// Use: ``bind(_:)`` the parameters, then ``step()`` until it returns false, reading columns
/// while it returns true. Binding resets the statement, so a cached statement can be reused.
final class Statement {
    /// The SQL text, for error messages.
    let sql: String
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    /// Where ``bind(binding:)`` copies text; it outlives every binding, being finalized after it.
    private let arena = BindingArena()

    /// Prepares `sql` on `connection`; throws ``SQLiteError`` when SQLite rejects it.
    init(sql: String, connection: OpaquePointer) throws(SQLiteError) {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        try SQLiteError.check(code, connection: connection, sql: sql)
        guard let handle else {
            // SQLite returns no statement for empty SQL (only white space or comments).
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "empty statement", sql: sql)
        }
        self.sql = sql
        self.handle = handle
        self.connection = connection
    }

    deinit {
        // sqlite3_finalize repeats the last step's error, which was already thrown from step().
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to parameters 1, 2, … in order.
    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        // sqlite3_reset repeats the previous step's error, which was already thrown from step().
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try SQLiteError.check(value.bind(to: handle, at: Int32(offset + 1)), connection: connection, sql: sql)
        }
    }

    /// Resets the statement and binds `values` to parameters 1, 2, … in order, without an array.
    ///
    /// The write path's way: every parameter must be given (earlier bindings are not cleared), and
    /// text is copied into the statement's ``BindingArena`` and bound `SQLITE_STATIC`.
    func bind<each Value: SQLiteBindable>(binding values: repeat each Value) throws(SQLiteError) {
        // sqlite3_reset repeats the previous step's error, which was already thrown from step().
        sqlite3_reset(handle)
        var byteCount = 0
        for value in repeat each values { byteCount += value.textByteCount }
        // All the row's text fits before any is copied: no bound pointer moves (see BindingArena).
        arena.reserve(byteCount)
        var index: Int32 = 0
        for value in repeat each values {
            index += 1
            try SQLiteError.check(value.bind(to: handle, at: index, arena: arena), connection: connection, sql: sql)
        }
        assert(index == sqlite3_bind_parameter_count(handle), "every parameter is bound: \(sql)")
    }

    /// Resets the statement and makes room for `textByteCount` bytes of text, for ``bind(_:at:)``.
    func beginBinding(textByteCount: Int) {
        // sqlite3_reset repeats the previous step's error, which was already thrown from step().
        sqlite3_reset(handle)
        arena.reserve(textByteCount)
    }

    /// Binds `value` to parameter `index` (1-based), its text within the room made by
    /// ``beginBinding(textByteCount:)`` (checked by the arena); for statements of many rows.
    func bind(_ value: some SQLiteBindable, at index: Int32) throws(SQLiteError) {
        try SQLiteError.check(value.bind(to: handle, at: index, arena: arena), connection: connection, sql: sql)
    }

    /// The number of parameters the statement has.
    var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Advances to the next row: true when a row is available, false when the statement is done.
    @discardableResult
    func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        try SQLiteError.check(code, connection: connection, sql: sql)
        return code == SQLITE_ROW
    }

    /// Binds `values` and steps to completion, ignoring any rows.
    func execute(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    /// Binds `values` (every parameter, see ``bind(binding:)``) and steps to completion, ignoring any rows.
    func execute<each Value: SQLiteBindable>(binding values: repeat each Value) throws(SQLiteError) {
        try bind(binding: repeat each values)
        while try step() {}
    }

    /// Binds `values` (every parameter) and returns the first row's first column as an integer, or
    /// nil without a row or for `NULL`.
    func scalarInt<each Value: SQLiteBindable>(binding values: repeat each Value) throws(SQLiteError) -> Int? {
        try bind(binding: repeat each values)
        defer { reset() }
        guard try step() else { return nil }
        return isNull(at: 0) ? nil : int(at: 0)
    }

    /// Binds `values` and returns the first row's first column as an integer, or nil without a row.
    func scalarInt(_ values: [SQLiteValue] = []) throws(SQLiteError) -> Int? {
        try bind(values)
        defer { reset() }
        guard try step() else { return nil }
        return isNull(at: 0) ? nil : int(at: 0)
    }

    /// Binds `values` and returns the first row's first column as text, or nil without a row or for `NULL`.
    func scalarText(_ values: [SQLiteValue] = []) throws(SQLiteError) -> String? {
        try bind(values)
        defer { reset() }
        guard try step() else { return nil }
        return optionalText(at: 0)
    }

    /// Binds `values` and returns `read` applied to every row, in order; resets the statement after.
    ///
    /// Resetting matters: a statement left mid-way keeps its read snapshot open.
    func rows<Row>(_ values: [SQLiteValue] = [], _ read: (Statement) throws -> Row) throws -> [Row] {
        try bind(values)
        defer { reset() }
        var result: [Row] = []
        while try step() {
            result.append(try read(self))
        }
        return result
    }

    /// Binds `values` (every parameter) and returns `read` applied to the first row, or nil without
    /// a row; resets the statement after.
    func first<each Value: SQLiteBindable, Row>(
        binding values: repeat each Value, read: (Statement) throws -> Row
    ) throws -> Row? {
        try bind(binding: repeat each values)
        defer { reset() }
        return try step() ? read(self) : nil
    }

    /// Ends the current run of the statement, releasing its snapshot; bindings are kept.
    func reset() {
        // sqlite3_reset repeats the last step's error, which was already thrown from step().
        sqlite3_reset(handle)
    }

    /// The integer in column `index` of the current row (0 for `NULL`).
    func int(at index: Int32) -> Int {
        Int(sqlite3_column_int64(handle, index))
    }

    /// The number in column `index` of the current row, or nil for `NULL`.
    func optionalDouble(at index: Int32) -> Double? {
        isNull(at: index) ? nil : sqlite3_column_double(handle, index)
    }

    /// The integer in column `index` of the current row, or nil for `NULL`.
    func optionalInt(at index: Int32) -> Int? {
        isNull(at: index) ? nil : int(at: index)
    }

    /// The text in column `index` of the current row (empty for `NULL`).
    func text(at index: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The text in column `index` of the current row, or nil for `NULL`.
    func optionalText(at index: Int32) -> String? {
        isNull(at: index) ? nil : text(at: index)
    }

    /// Whether column `index` of the current row is `NULL`.
    func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }
}

@available(*, unavailable)
extension Statement: Sendable {}
