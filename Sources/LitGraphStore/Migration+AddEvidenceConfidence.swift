extension Migration {
    /// Version 3: `evidence.confidence`, the probability (0 to 1) that the sentence states the
    /// relation when the component that found it estimates one; `NULL` for a rule.
    ///
    /// Older rows get `NULL`, which ``LitGraphModel/Belief`` weighs as a rule's reliability, so a
    /// version 2 database migrates in place and keeps its beliefs.
    static let addEvidenceConfidence = Migration(
        version: 3,
        name: "add-evidence-confidence",
        sql: """
            ALTER TABLE evidence ADD COLUMN confidence REAL
                CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
            """
    )
}
