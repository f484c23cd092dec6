/// What `litgraph lexicon import` did, as printed on its one line.
public struct VocabularyImportSummary: Sendable, Equatable {
    /// The vocabulary file, as given.
    public var file: String
    /// The database path, as given.
    public var database: String
    /// Entries read from the file.
    public var entries: Int
    /// Rows added or changed (entries already stored unchanged do not count).
    public var changed: Int
    /// Vocabulary entries in the database after the import.
    public var stored: Int

    /// Creates a summary.
    public init(file: String, database: String, entries: Int, changed: Int, stored: Int) {
        self.file = file
        self.database = database
        self.entries = entries
        self.changed = changed
        self.stored = stored
    }

    /// The one-line summary: `N entries imported from FILE into DB (C added or changed; S stored)`.
    public var line: String {
        "\(entries) entries imported from \(file) into \(database) (\(changed) added or changed; \(stored) stored)"
    }
}
