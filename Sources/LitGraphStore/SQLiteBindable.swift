internal import LitGraphSQLite

/// `SQLITE_TRANSIENT`, which does not import from C: SQLite copies bound text before the call returns.
nonisolated(unsafe) let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// `SQLITE_STATIC` (a null destructor): SQLite reads bound text where it is, which must stay valid
/// and unchanged until the parameter is bound again.
let sqliteStatic: sqlite3_destructor_type? = nil

/// A Swift value that binds to one statement parameter as itself, without an ``SQLiteValue`` array.
///
/// ``Statement/execute(binding:)`` takes such values as a parameter pack, so the write path binds
/// each row without allocating; ``SQLiteValue`` is one too, for a value whose type varies.
protocol SQLiteBindable {
    /// The UTF-8 bytes of text the value binds (0 unless it is text).
    var textByteCount: Int { get }

    /// Binds the value to parameter `index` (1-based) of `statement`; returns SQLite's result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32

    /// Binds the value as ``bind(to:at:)`` does, text copied into `arena` and bound `SQLITE_STATIC`.
    func bind(to statement: OpaquePointer, at index: Int32, arena: BindingArena) -> Int32
}

extension SQLiteBindable {
    var textByteCount: Int { 0 }

    func bind(to statement: OpaquePointer, at index: Int32, arena: BindingArena) -> Int32 {
        bind(to: statement, at: index)
    }
}

extension Int: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, Int64(self))
    }
}

extension Bool: SQLiteBindable {
    /// Binds 1 or 0, as ``SQLiteValue/bool(_:)`` does.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, self ? 1 : 0)
    }
}

extension Double: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_double(statement, index, self)
    }
}

extension String: SQLiteBindable {
    var textByteCount: Int { utf8.count }

    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { bytes in
            sqlite3_bind_text(statement, index, bytes.baseAddress, Int32(bytes.count), sqliteTransient)
        }
    }

    func bind(to statement: OpaquePointer, at index: Int32, arena: BindingArena) -> Int32 {
        let bytes = arena.copy(self)
        // SQLite reads a null pointer as NULL: an empty string binds a valid pointer of length 0.
        let start = bytes.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) }
        guard let start else { return sqlite3_bind_text(statement, index, "", 0, sqliteStatic) }
        return sqlite3_bind_text(statement, index, start, Int32(bytes.count), sqliteStatic)
    }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    var textByteCount: Int { self?.textByteCount ?? 0 }

    /// Binds the wrapped value, or `NULL` for `nil`.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .some(let value): value.bind(to: statement, at: index)
        case .none: sqlite3_bind_null(statement, index)
        }
    }

    func bind(to statement: OpaquePointer, at index: Int32, arena: BindingArena) -> Int32 {
        switch self {
        case .some(let value): value.bind(to: statement, at: index, arena: arena)
        case .none: sqlite3_bind_null(statement, index)
        }
    }
}

extension SQLiteValue: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .null: sqlite3_bind_null(statement, index)
        case .integer(let integer): sqlite3_bind_int64(statement, index, integer)
        case .real(let real): sqlite3_bind_double(statement, index, real)
        case .text(let text): text.bind(to: statement, at: index)
        }
    }
}
