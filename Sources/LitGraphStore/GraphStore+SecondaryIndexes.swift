extension GraphStore {
    /// The indexes a build into an empty graph leaves out until it ends: those that only queries
    /// and the replacement of a stored document read, with the statement that creates each (the
    /// one the `create-graph` migration ran).
    ///
    /// Adding a document never reads them (it looks documents up by their key and relations by
    /// their unique columns), but every row it adds goes into them; sorting each one once at the
    /// end costs far less. Measured on the bench corpus repeated to 100,000 abstracts, one job: the
    /// store stage took 51.3 s with the indexes and 35.8 s without, and creating the seven
    /// afterwards 4.5 s.
    static let secondaryIndexes: [(name: String, sql: String)] = [
        ("entities_id_nocase", "CREATE INDEX entities_id_nocase ON entities(id COLLATE NOCASE)"),
        ("entity_names_normalized", "CREATE INDEX entity_names_normalized ON entity_names(normalized)"),
        ("mentions_document", "CREATE INDEX mentions_document ON mentions(document_id)"),
        ("mentions_entity", "CREATE INDEX mentions_entity ON mentions(entity_id)"),
        ("relations_object", "CREATE INDEX relations_object ON relations(object_id)"),
        (
            "evidence_relation",
            "CREATE INDEX evidence_relation ON evidence(relation_id, document_id, sentence_index)"
        ),
        ("evidence_sentence", "CREATE INDEX evidence_sentence ON evidence(document_id, sentence_index)"),
    ]

    /// Whether the graph holds no document.
    public func isEmpty() throws -> Bool {
        try reading {
            try mappingLockErrors { try connection.scalarInt("SELECT NOT EXISTS (SELECT 1 FROM documents)") == 1 }
        }
    }

    /// Drops the ``secondaryIndexes`` for a build into an empty graph, in a transaction of its own;
    /// ``restoreSecondaryIndexes()`` creates them again.
    ///
    /// Until then queries still answer, only slower. Should the build stop before it restores them
    /// (a crash, Ctrl-C), the next command that opens the database for writing does
    /// (``prepareSchema()``); a write that must replace a stored document restores them first.
    public func deferSecondaryIndexes() throws {
        try transaction {
            for index in Self.secondaryIndexes {
                try connection.execute("DROP INDEX IF EXISTS \(index.name)")
            }
        }
        secondaryIndexesDeferred = true
    }

    /// Creates whichever ``secondaryIndexes`` are missing, in a transaction of its own (or in the
    /// one open).
    public func restoreSecondaryIndexes() throws {
        // SQLite sorts a new index in memory up to the page cache's size, then merges runs from
        // temporary files. With the 32 MiB cache that memory came on top of the cache's, and it grew
        // with the corpus (peak RSS 117 -> 132 MB on 12,080 abstracts, 161 MB on 100,000); with 4 MiB
        // it stays small whatever the corpus.
        let cacheSize = try connection.scalarInt("PRAGMA cache_size")
        try connection.execute("PRAGMA cache_size = -\(Self.indexSortKibibytes)")
        defer { try? connection.execute("PRAGMA cache_size = \(cacheSize)") }
        try transaction { try createMissingSecondaryIndexes() }
        secondaryIndexesDeferred = false
    }

    /// The memory SQLite may sort a new index in before it spills runs to temporary files.
    static let indexSortKibibytes = 4_096

    /// Creates the ``secondaryIndexes`` the schema lacks; call inside a write transaction.
    func createMissingSecondaryIndexes() throws {
        let present = Set(
            try connection.cachedStatement("SELECT name FROM sqlite_schema WHERE type = 'index'").rows {
                $0.text(at: 0)
            }
        )
        for index in Self.secondaryIndexes where !present.contains(index.name) {
            try connection.execute(index.sql)
        }
    }

    /// Whether the graph lacks any of the ``secondaryIndexes`` (a build into it stopped before it
    /// restored them).
    func lacksSecondaryIndexes() throws -> Bool {
        let present = try connection.scalarInt(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (\(Self.secondaryIndexNameList))"
        )
        return present < Self.secondaryIndexes.count
    }

    private static var secondaryIndexNameList: String {
        secondaryIndexes.map { "'\($0.name)'" }.joined(separator: ", ")
    }
}
