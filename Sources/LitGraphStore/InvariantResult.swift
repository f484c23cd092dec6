/// What ``GraphStore/check(path:exampleLimit:)`` found for one ``IntegrityInvariant``.
public struct InvariantResult: Sendable, Equatable {
    /// Whether the invariant holds.
    public enum Status: String, Sendable, Equatable {
        /// It holds.
        case ok
        /// At least one row (or page) breaks it.
        case violated
        /// It could not be checked, for the reason in ``InvariantResult/examples`` (for instance the
        /// FTS5 integrity check needs a writable file).
        case skipped
    }

    /// The invariant checked.
    public var invariant: IntegrityInvariant
    /// Whether it holds.
    public var status: Status
    /// How many rows (or problems) break it; 0 when it holds.
    public var count: Int
    /// A few of them (ids such as `relation 12`, `evidence 40`, `sentence 1001#2`), or the reason
    /// it was skipped.
    public var examples: [String]

    /// Creates a result.
    public init(invariant: IntegrityInvariant, status: Status, count: Int, examples: [String]) {
        self.invariant = invariant
        self.status = status
        self.count = count
        self.examples = examples
    }

    /// A result for an invariant with `count` violations, of which `examples` are a few.
    static func counting(_ invariant: IntegrityInvariant, count: Int, examples: [String]) -> InvariantResult {
        InvariantResult(invariant: invariant, status: count == 0 ? .ok : .violated, count: count, examples: examples)
    }
}
