import Foundation

@testable import LitGraphStore

/// Every row of every table of a LitGraph database, in storage order, for comparing two builds.
///
/// Tables are those `sqlite_schema` lists, SQLite's own (`sqlite_*`) and virtual tables left out
/// (FTS5's virtual table is compared through its shadow tables, which hold its index). Each row
/// is its rowid (for rowid tables) and every column rendered with `quote()`, so text, numbers,
/// `NULL` and blobs stay distinct. The one value left out is `litgraph_migrations.applied_at`,
/// the wall-clock time the database was created.
enum DatabaseDump {
    /// Table name → its rows, one string per row.
    static func rows(of path: String) throws -> [String: [String]] {
        let store = try GraphStore(path: path, mode: .readOnly)
        let connection = store.connection
        let tables = try connection.cachedStatement(
            """
            SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name
            """
        ).rows { $0.text(at: 0) }
        var dump: [String: [String]] = [:]
        for table in tables {
            let columns = try connection.cachedStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .rows([.text(table)]) { $0.text(at: 0) }
                .filter { !(table == "litgraph_migrations" && $0 == "applied_at") }
            let hasRowID =
                (try? Statement(sql: "SELECT rowid FROM \"\(table)\" LIMIT 0", connection: connection.handle))
                != nil
            let rendered = columns.map { "quote(\"\($0)\")" }.joined(separator: " || '|' || ")
            let sql =
                hasRowID
                ? "SELECT rowid || ':' || \(rendered) FROM \"\(table)\" ORDER BY rowid"
                : "SELECT \(rendered) FROM \"\(table)\""
            dump[table] = try Statement(sql: sql, connection: connection.handle).rows { $0.text(at: 0) }
        }
        return dump
    }

    /// What `PRAGMA integrity_check` reports: `["ok"]` for a sound database.
    static func integrityCheck(of path: String) throws -> [String] {
        let store = try GraphStore(path: path, mode: .readOnly)
        return try Statement(sql: "PRAGMA integrity_check", connection: store.connection.handle).rows { $0.text(at: 0) }
    }

    /// Runs SQL on a database directly (to take a database back to an earlier state).
    static func execute(_ sql: String, at path: String) throws {
        let store = try GraphStore(path: path, mode: .readWrite)
        try store.connection.execute(sql)
    }
}
