public import LitGraphModel

/// Which edges and evidence a query or an export keeps: `--min-evidence`, `--min-belief` and
/// `--exclude-hedged`, applied in one place (``GraphStore``'s reads) for every command.
///
/// Hedged evidence is dropped first; an edge's counts, belief and years are then computed over the
/// evidence it keeps, and the edge is kept when it has at least ``minimumEvidence`` rows (negated
/// ones included: they are evidence, if against) and a belief of at least ``minimumBelief``.
public struct EdgeFilter: Sendable, Hashable {
    /// The fewest evidence rows an edge needs; 1 keeps every edge that has evidence.
    public var minimumEvidence: Int
    /// The lowest belief an edge needs, 0 to 1; 0 keeps every edge.
    public var minimumBelief: Double
    /// Whether hedged evidence is left out (and edges left without evidence with it).
    public var excludesHedged: Bool

    /// Creates a filter; the defaults keep everything.
    public init(minimumEvidence: Int = 1, minimumBelief: Double = 0, excludesHedged: Bool = false) {
        self.minimumEvidence = minimumEvidence
        self.minimumBelief = minimumBelief
        self.excludesHedged = excludesHedged
    }

    /// The filter that keeps every edge and every evidence row.
    public static let none = EdgeFilter()

    /// Whether an edge whose counts and belief were computed over the kept evidence is kept.
    public func keeps(_ edge: GraphEdge) -> Bool {
        edge.evidenceCount >= max(1, minimumEvidence) && edge.belief >= minimumBelief
    }

    /// The fixed SQL condition over `evidence e` that selects the evidence rows this filter keeps.
    var evidenceCondition: String {
        excludesHedged ? "e.hedged = 0" : "1"
    }
}
