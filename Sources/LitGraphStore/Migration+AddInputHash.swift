extension Migration {
    /// Version 6: `documents.input_hash`, the hash of the document as read together with the
    /// extractor's fingerprint (``LitGraphModel/Document/inputHash(extractorFingerprint:)``), so a
    /// build recognises an unchanged document before annotating it.
    ///
    /// Older rows get `NULL`, which matches no hash: the next build annotates them once, finds the
    /// same content hash and only records their input hash.
    static let addInputHash = Migration(
        version: 6,
        name: "add-input-hash",
        sql: """
            ALTER TABLE documents ADD COLUMN input_hash TEXT;
            """
    )
}
