public import LitGraphStore

extension IntegrityReport {
    /// The report `litgraph check` prints: one row per invariant with its status (`ok`,
    /// `violated` or `skipped`), how many rows break it, a few of them, and what it states.
    public var report: Report {
        Report(
            columns: ["invariant", "status", "count", "examples", "description"],
            rows: results.map { result in
                [
                    .text(result.invariant.rawValue), .text(result.status.rawValue), .int(result.count),
                    .list(result.examples), .text(result.invariant.summary),
                ]
            })
    }

    /// Checks the graph database at `databasePath`; see ``LitGraphStore/GraphStore/check(path:exampleLimit:)``.
    public static func checking(databasePath: String) throws -> IntegrityReport {
        try GraphStore.check(path: databasePath)
    }
}
