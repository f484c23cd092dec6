public import LitGraphReaders
import LitGraphStore

/// `litgraph lexicon import`: reads a vocabulary file and stores its entries in a graph
/// database, for later builds to recognise.
///
/// The whole file is read before anything is written, and the entries are stored in one
/// transaction: a malformed file leaves the database as it was.
public struct VocabularyImport: Sendable {
    /// How vocabulary files are read (fallback category for unknown OBO prefixes, synonym scopes).
    public var reader: VocabularyReader

    /// Creates an import with `reader`'s settings.
    public init(reader: VocabularyReader = VocabularyReader()) {
        self.reader = reader
    }

    /// Imports the vocabulary at `path` (`-` for standard input) into the database at
    /// `databasePath`, creating or migrating the database as needed.
    ///
    /// Entries are upserted by identifier; each row records `path` as its source.
    /// - Throws: `ReadError` or `VocabularyError` for a bad file (nothing is stored), `StoreError`
    ///   for a database that cannot be opened or written.
    public func run(path: String, format: VocabularyFormat = .auto, databasePath: String) throws
        -> VocabularyImportSummary
    {
        let entries = try reader.entries(from: path, format: format)
        let store = try GraphStore(path: databasePath, mode: .readWrite)
        let changed = try store.importVocabulary(entries, source: path)
        return VocabularyImportSummary(
            file: path, database: databasePath, entries: entries.count, changed: changed,
            stored: try store.vocabularyCount())
    }
}
