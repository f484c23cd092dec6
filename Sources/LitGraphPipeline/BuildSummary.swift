public import LitGraphModel

/// What a build did, as printed on its last line.
public struct BuildSummary: Sendable, Equatable {
    /// Input files read.
    public var files: Int
    /// Documents read from them.
    public var documentsRead: Int
    /// Documents stored for the first time.
    public var added: Int
    /// Documents whose stored version changed and was replaced.
    public var replaced: Int
    /// Documents already stored unchanged, and skipped.
    public var unchanged: Int
    /// Documents annotated in this build; the others were recognised as unchanged from their input
    /// hash (`documents.input_hash`) and skipped before annotation.
    public var annotated = 0
    /// Documents whose identifier an earlier document of the same build already had; the later
    /// one is stored (as PubMed's update files expect).
    public var duplicates = 0
    /// Row counts of the database after the build.
    public var statistics: GraphStatistics
    /// Wall-clock seconds the build took.
    public var seconds: Double
    /// Files written besides the database (`--out`), in the order written.
    public var outputs: [String]
    /// Notes for the user, such as a missing Graphviz (printed on standard error).
    public var notes: [String]
    /// Where the time went, stage by stage, when the builder measured it
    /// (``GraphBuilder/measuresStages``); `nil` otherwise.
    public var timings: BuildTimings?

    /// The one-line summary: documents, sentences, entities, relations, evidence, seconds.
    public var line: String {
        let stats = statistics
        let time = (seconds * 100).rounded() / 100
        let repeated = duplicates > 0 ? ", \(duplicates) repeated an earlier identifier" : ""
        return
            "\(documentsRead) documents read (\(added) added, \(replaced) replaced, \(unchanged) unchanged\(repeated)); "
            + "graph: \(stats.documents) documents, \(stats.sentences) sentences, \(stats.entities) entities, "
            + "\(stats.relations) relations, \(stats.evidence) evidence in \(time) s"
    }
}

extension BuildSummary {
    /// A summary of a build of `files` files that has done nothing yet.
    init(files: Int) {
        self.init(
            files: files, documentsRead: 0, added: 0, replaced: 0, unchanged: 0,
            statistics: GraphStatistics(documents: 0, sentences: 0, entities: 0, relations: 0, evidence: 0),
            seconds: 0, outputs: [], notes: [])
    }
}
