public import LitGraphModel

/// Which edges and evidence a query or an export keeps: `--min-evidence`, `--min-belief`,
/// `--exclude-hedged` and the rest, applied in one place (``GraphStore``'s reads) for every command.
///
/// Evidence is filtered first — hedged or negated sentences in or out, sentences from documents
/// published in a year range — and an edge's counts, belief and years are then computed over the
/// evidence it keeps. The edge is kept when it has at least ``minimumEvidence`` such rows (negated
/// ones included: they are evidence, if against), a belief of at least ``minimumBelief``, one of
/// the ``polarities`` and a partner of one of the ``partnerCategories`` (each when not empty).
public struct EdgeFilter: Sendable, Hashable {
    /// The fewest evidence rows an edge needs; 1 keeps every edge that has evidence.
    public var minimumEvidence: Int
    /// The lowest belief an edge needs, 0 to 1; 0 keeps every edge.
    public var minimumBelief: Double
    /// Whether hedged evidence is left out (and edges left without evidence with it).
    public var excludesHedged: Bool
    /// Whether only hedged evidence is kept (with ``excludesHedged`` too, nothing is).
    public var onlyHedged: Bool
    /// Whether negated evidence is left out, so only what the sentences state counts.
    public var excludesNegated: Bool
    /// Whether only negated evidence is kept.
    ///
    /// This keeps the relations some sentence denies, counted over the denials (their belief is
    /// then 0). With ``excludesNegated`` too, nothing is kept.
    public var onlyNegated: Bool
    /// The polarities kept; empty keeps every polarity.
    public var polarities: Set<Polarity>
    /// The categories kept for the entity at the other end of an edge; empty keeps every category.
    ///
    /// "The other end" is the end that is not the entity queried (``GraphStore/edges(of:direction:predicate:filter:withEvidence:order:limit:)``);
    /// a read with no entity in focus, such as ``GraphStore/graph(name:filter:)``, keeps an edge
    /// when either end is of one of the categories.
    public var partnerCategories: Set<EntityCategory>
    /// The earliest publication year of the evidence kept; evidence from documents of unknown year
    /// is left out when this or ``latestYear`` is set.
    public var earliestYear: Int?
    /// The latest publication year of the evidence kept.
    public var latestYear: Int?

    /// Creates a filter; the defaults keep everything.
    public init(
        minimumEvidence: Int = 1, minimumBelief: Double = 0, excludesHedged: Bool = false, onlyHedged: Bool = false,
        excludesNegated: Bool = false, onlyNegated: Bool = false, polarities: Set<Polarity> = [],
        partnerCategories: Set<EntityCategory> = [], earliestYear: Int? = nil, latestYear: Int? = nil
    ) {
        self.minimumEvidence = minimumEvidence
        self.minimumBelief = minimumBelief
        self.excludesHedged = excludesHedged
        self.onlyHedged = onlyHedged
        self.excludesNegated = excludesNegated
        self.onlyNegated = onlyNegated
        self.polarities = polarities
        self.partnerCategories = partnerCategories
        self.earliestYear = earliestYear
        self.latestYear = latestYear
    }

    /// The filter that keeps every edge and every evidence row.
    public static let none = EdgeFilter()

    /// Whether an edge whose counts and belief were computed over the kept evidence is kept.
    ///
    /// Checks the counts and belief only; polarity and partner category are checked in SQL.
    public func keeps(_ edge: GraphEdge) -> Bool {
        edge.evidenceCount >= max(1, minimumEvidence) && edge.belief >= minimumBelief
    }
}
