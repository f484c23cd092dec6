import Foundation
public import LitGraphModel

extension GraphStore {
    /// Stores vocabulary entries for later builds, replacing stored entries with the same
    /// identifier; returns how many rows were added or changed.
    ///
    /// All or nothing: runs in its own transaction (a `SAVEPOINT` inside ``transaction(_:)``). An
    /// entry equal to the stored one (name, category, synonyms and `source`) is left untouched,
    /// `imported_at` included, so importing the same file again changes nothing and returns 0.
    /// When `entries` holds an identifier twice, the last one wins.
    /// - Parameter source: where the entries came from (the imported file's path), stored with each row.
    /// - Throws: ``StoreError/readOnly(path:)`` on a read-only store;
    ///   ``StoreError/locked(path:timeoutSeconds:)``.
    @discardableResult
    public func importVocabulary(_ entries: [VocabularyEntry], source: String) throws -> Int {
        guard mode == .readWrite else { throw StoreError.readOnly(path: path) }
        let now = ISO8601DateFormatter().string(from: Date())
        return try mappingLockErrors {
            try connection.inTransaction {
                // RETURNING yields a row for each insert and each update whose WHERE held.
                let upsert = try connection.cachedStatement(
                    """
                    INSERT INTO vocabulary (id, name, category, synonyms, source, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        name = excluded.name, category = excluded.category, synonyms = excluded.synonyms,
                        source = excluded.source, imported_at = excluded.imported_at
                    WHERE (name, category, synonyms, source)
                        IS NOT (excluded.name, excluded.category, excluded.synonyms, excluded.source)
                    RETURNING id
                    """
                )
                var changed = 0
                for entry in entries {
                    let values: [SQLiteValue] = [
                        .text(entry.id), .text(entry.name), .text(entry.category.rawValue),
                        .text(JSONText.array(entry.synonyms)), .text(source), .text(now),
                    ]
                    changed += try upsert.rows(values) { _ in () }.count
                }
                return changed
            }
        }
    }

    /// The number of stored vocabulary entries.
    public func vocabularyCount() throws -> Int {
        try mappingLockErrors { try connection.scalarInt("SELECT count(*) FROM vocabulary") }
    }

    /// Every stored vocabulary entry, sorted by identifier.
    ///
    /// - Throws: ``StoreError/unreadableValue(path:column:value:)`` for a category or synonym list
    ///   this build cannot read.
    public func vocabulary() throws -> [VocabularyEntry] {
        try mappingLockErrors {
            try connection.cachedStatement("SELECT id, name, category, synonyms FROM vocabulary ORDER BY id")
                .rows { row in
                    let rawCategory = row.text(at: 2)
                    guard let category = EntityCategory(rawValue: rawCategory) else {
                        throw StoreError.unreadableValue(path: path, column: "vocabulary.category", value: rawCategory)
                    }
                    let rawSynonyms = row.text(at: 3)
                    guard let synonyms = try? JSONDecoder().decode([String].self, from: Data(rawSynonyms.utf8)) else {
                        throw StoreError.unreadableValue(path: path, column: "vocabulary.synonyms", value: rawSynonyms)
                    }
                    return VocabularyEntry(
                        id: row.text(at: 0), name: row.text(at: 1), category: category, synonyms: synonyms)
                }
        }
    }
}
