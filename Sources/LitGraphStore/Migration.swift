/// One named, versioned step of the schema, applied once and recorded in `litgraph_migrations`.
struct Migration {
    /// The schema version the database has after this step (1, 2, …, without gaps).
    let version: Int
    /// A short name recorded with the step, such as `create-graph`.
    let name: String
    /// The SQL that performs the step; it runs inside the migrator's transaction.
    let sql: String

    /// Every migration this build knows, in order; the last one's version is ``currentVersion``.
    static let all: [Migration] = [
        createGraph, addVocabulary, addEvidenceConfidence, addEvidenceComparison, addSentenceSearch, addInputHash,
        indexSentencesOnWrite,
    ]

    /// The schema version this build writes and the newest it can read.
    static var currentVersion: Int { all.last?.version ?? 0 }

    /// `PRAGMA application_id` of a LitGraph database: the ASCII bytes `LGPH`.
    static let applicationID: Int32 = 0x4C47_5048
}
