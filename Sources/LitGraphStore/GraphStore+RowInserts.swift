extension GraphStore {
    /// An `INSERT OR FAIL` of several rows per statement, for the write path's per-document tables.
    ///
    /// A statement's fixed cost (callgrind: about 4,000 instructions to step, halt and reset) is
    /// paid once per ``rowsPerStatement`` rows; the rows left over go one by one. `OR FAIL`, not
    /// the default `ABORT`, so that SQLite needs no statement journal for a statement of many rows
    /// (with foreign-key enforcement off, nothing else asks for one): at a statement savepoint FTS5
    /// would flush the terms pending for the sentences written so far. A failure mid-statement
    /// still undoes every row, with the whole ``write(_:)-([DocumentVersion])`` it belongs to.
    struct RowInsert {
        /// Rows per multi-row statement.
        static let rowsPerStatement = 8

        /// `INSERT OR FAIL INTO table (columns) VALUES` ``rowsPerStatement`` rows of parameters.
        let manyRowsSQL: String
        /// The same for one row.
        let oneRowSQL: String

        /// For `table (columns…)` with `columns` parameters per row.
        init(_ tableAndColumns: String, columns: Int) {
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            let head = "INSERT OR FAIL INTO \(tableAndColumns) VALUES "
            manyRowsSQL = head + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", ")
            oneRowSQL = head + row
        }
    }

    /// Inserts `rows` with `insert`'s statements: `textByteCount` gives the UTF-8 bytes of a row's
    /// bound text, and `bind` binds a row's values to the parameters from the index it is given.
    func insert<Row>(
        _ rows: some Collection<Row>, with insert: RowInsert, textByteCount: (Row) -> Int,
        bind: (Statement, Row, Int32) throws -> Void
    ) throws {
        var rest = rows[...]
        func run(_ statement: Statement, _ count: Int) throws {
            let chunk = rest.prefix(count)
            rest = rest.dropFirst(count)
            statement.beginBinding(textByteCount: chunk.reduce(0) { $0 + textByteCount($1) })
            var index: Int32 = 1
            let columns = Int32(statement.parameterCount) / Int32(count)
            for row in chunk {
                try bind(statement, row, index)
                index += columns
            }
            while try statement.step() {}
        }
        let many = try connection.cachedStatement(insert.manyRowsSQL)
        while rest.count >= RowInsert.rowsPerStatement { try run(many, RowInsert.rowsPerStatement) }
        let one = try connection.cachedStatement(insert.oneRowSQL)
        while !rest.isEmpty { try run(one, 1) }
    }
}
