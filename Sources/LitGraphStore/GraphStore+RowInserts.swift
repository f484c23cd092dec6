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

        /// `table (columns…)`.
        let tableAndColumns: String
        /// Parameters per row.
        let columns: Int
        /// The numbered statements of ``rowsPerStatement`` rows and of one row, or `nil` for
        /// statements found by their text (``DatabaseConnection/cachedStatement(_:)``).
        let statements: (many: WriteStatement, one: WriteStatement)?
        /// What follows the rows: an upsert clause, or nothing.
        var conflictClause = ""

        /// For `table (columns…)` with `columns` parameters per row, the statements found by their
        /// text: for a table the write path does not fill.
        init(_ tableAndColumns: String, columns: Int) {
            self.tableAndColumns = tableAndColumns
            self.columns = columns
            statements = nil
        }

        /// For `table (columns…)` with `columns` parameters per row and the numbered statements
        /// `many` and `one`, followed by `conflictClause`.
        init(
            tableAndColumns: String, columns: Int, many: WriteStatement, one: WriteStatement,
            conflictClause: String = ""
        ) {
            self.tableAndColumns = tableAndColumns
            self.columns = columns
            self.statements = (many, one)
            self.conflictClause = conflictClause
        }

        /// `INSERT OR FAIL INTO table (columns) VALUES` and `rows` rows of parameters
        /// (``rowsPerStatement`` when `nil`).
        func sql(rows: Int?) -> String {
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            let count = rows ?? Self.rowsPerStatement
            return "INSERT OR FAIL INTO \(tableAndColumns) VALUES "
                + Array(repeating: row, count: count).joined(separator: ", ") + conflictClause
        }

        /// A document's mentions.
        static let mentions = RowInsert(
            tableAndColumns: #"mentions (document_id, start, "end", entity_id, text)"#, columns: 5,
            many: .mentionRows, one: .mentionRow)
        /// A document's sentences.
        static let sentences = RowInsert(
            tableAndColumns: #"sentences (document_id, idx, start, "end", text)"#, columns: 5,
            many: .sentenceRows, one: .sentenceRow)
        /// A document's sentence keys, with the keys given.
        static let sentenceKeys = RowInsert(
            tableAndColumns: "sentence_keys (id, document_id, idx)", columns: 3,
            many: .sentenceKeyRows, one: .sentenceKeyRow)
        /// The entities a document names first, unless stored.
        static let entities = RowInsert(
            tableAndColumns: "entities (id, name, category)", columns: 3, many: .entityRows, one: .entityRow,
            conflictClause: " ON CONFLICT (id) DO NOTHING")
        /// Their names and the mentions' surface forms, unless stored.
        static let entityNames = RowInsert(
            tableAndColumns: "entity_names (entity_id, name, normalized)", columns: 3, many: .entityNameRows,
            one: .entityNameRow, conflictClause: " ON CONFLICT (entity_id, normalized) DO NOTHING")
        /// A document's evidence.
        static let evidence = RowInsert(
            tableAndColumns: """
                evidence (relation_id, document_id, sentence_index, subject_start, subject_end, trigger_start, \
                trigger_end, object_start, object_end, trigger, rule, negated, hedged, confidence, comparison)
                """,
            columns: 15, many: .evidenceRows, one: .evidenceRow)
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
            let columns = Int32(insert.columns)
            for row in chunk {
                try bind(statement, row, index)
                index += columns
            }
            while try statement.step() {}
        }
        func prepared(_ rows: Int) throws -> Statement {
            guard let numbered = insert.statements else {
                return try connection.cachedStatement(insert.sql(rows: rows))
            }
            return try statement(rows == 1 ? numbered.one : numbered.many)
        }
        if rest.count >= RowInsert.rowsPerStatement {
            let many = try prepared(RowInsert.rowsPerStatement)
            while rest.count >= RowInsert.rowsPerStatement { try run(many, RowInsert.rowsPerStatement) }
        }
        guard !rest.isEmpty else { return }
        let one = try prepared(1)
        while !rest.isEmpty { try run(one, 1) }
    }
}
