extension Migration {
    /// Version 2: the `vocabulary` table, where `litgraph lexicon import` keeps a user's vocabularies.
    ///
    /// One row per concept: its CURIE, preferred name, category (an `EntityCategory` raw value),
    /// synonyms as a JSON array of strings, the file it was imported from and when (ISO 8601).
    static let addVocabulary = Migration(
        version: 2,
        name: "add-vocabulary",
        sql: """
            CREATE TABLE vocabulary (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                category TEXT NOT NULL,
                synonyms TEXT NOT NULL CHECK (json_valid(synonyms) AND json_type(synonyms) = 'array'),
                source TEXT NOT NULL,
                imported_at TEXT NOT NULL
            );
            """
    )
}
