/// A value bound to a statement parameter; values are always bound, never spliced into SQL.
enum SQLiteValue: Equatable {
    /// SQL `NULL`.
    case null
    /// A 64-bit integer.
    case integer(Int64)
    /// A double.
    case real(Double)
    /// UTF-8 text, bound with its exact byte length (so it may hold any character).
    case text(String)

    /// An integer value.
    static func int(_ value: Int) -> SQLiteValue { .integer(Int64(value)) }

    /// 1 for true, 0 for false.
    static func bool(_ value: Bool) -> SQLiteValue { .integer(value ? 1 : 0) }

    /// Text, or `NULL` when absent.
    static func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }

    /// An integer, or `NULL` when absent.
    static func int(_ value: Int?) -> SQLiteValue { value.map { .int($0) } ?? .null }
}
