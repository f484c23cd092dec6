extension Migration {
    /// Version 4: `evidence.comparison`, 1 when the sentence states the relation inside a
    /// comparison ("X was more effective than Y in reducing Z"), else 0.
    ///
    /// Older rows get 0, which is what the extractor said of them before the flag existed, so a
    /// version 3 database migrates in place and keeps its edges and beliefs.
    static let addEvidenceComparison = Migration(
        version: 4,
        name: "add-evidence-comparison",
        sql: """
            ALTER TABLE evidence ADD COLUMN comparison INTEGER NOT NULL DEFAULT 0 CHECK (comparison IN (0, 1));
            """
    )
}
