/// The outcome of ``GraphStore/check(path:exampleLimit:)``: one result per ``IntegrityInvariant``,
/// in the order of ``IntegrityInvariant/allCases``.
public struct IntegrityReport: Sendable, Equatable {
    /// The database checked.
    public var path: String
    /// One result per invariant.
    public var results: [InvariantResult]

    /// Creates a report.
    public init(path: String, results: [InvariantResult]) {
        self.path = path
        self.results = results
    }

    /// The invariants that are violated, in order.
    public var violated: [IntegrityInvariant] {
        results.filter { $0.status == .violated }.map(\.invariant)
    }

    /// Whether every invariant holds (skipped ones count as holding).
    public var holds: Bool { violated.isEmpty }

    /// One line for standard error when something is violated: how many, which, and what to do.
    public var violationSummary: String? {
        guard !holds else { return nil }
        let names = violated.map(\.rawValue).joined(separator: ", ")
        if violated == [.schemaVersion] {
            return "\(path): its schema is older than this build's; run any litgraph command on it (such as "
                + "`litgraph stats --db \(path)`) to upgrade it in place, keeping a backup"
        }
        return "\(path): \(violated.count) invariant(s) violated (\(names)); restore the database from a backup "
            + "or build it again into a new --db path"
    }
}
