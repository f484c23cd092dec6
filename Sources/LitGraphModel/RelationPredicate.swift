/// LitGraph's small relation vocabulary, each predicate mapped to Biolink 4.x at export.
///
/// The raw values are stable: they are stored in databases and written to exports.
public enum RelationPredicate: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The subject changes the object without a stated direction ("modulates", "influences", "role of X in Y").
    case regulates
    /// The subject increases, activates or improves the object ("enhances", "improves", "promotes").
    case positivelyRegulates = "positively_regulates"
    /// The subject decreases, inhibits or impairs the object ("suppresses", "compromises", "reduces").
    case negativelyRegulates = "negatively_regulates"
    /// The subject causes a disease or phenotype ("leads to", "induces", "causes").
    case causes
    /// The subject is used to treat or prevent the object ("treats", "protects against").
    case treats
    /// The two entities interact physically ("binds", "interaction with").
    case interactsWith = "interacts_with"
    /// The two entities are associated without a stated cause ("associated with", "correlated with").
    case associatedWith = "associated_with"
    /// The subject, a process, acts on the object, named in the process's own name ("oxytocin
    /// release" has participant oxytocin).
    case hasParticipant = "has_participant"

    /// The family a predicate belongs to: the three regulation predicates share `regulates`.
    public var family: RelationPredicate {
        switch self {
        case .positivelyRegulates, .negativelyRegulates: .regulates
        default: self
        }
    }

    /// The Biolink predicate (a CURIE) this predicate is exported as.
    public var biolinkPredicate: String {
        switch self {
        case .regulates, .positivelyRegulates, .negativelyRegulates: "biolink:affects"
        case .causes: "biolink:causes"
        case .treats: "biolink:treats_or_applied_or_studied_to_treat"
        case .interactsWith: "biolink:interacts_with"
        case .associatedWith: "biolink:associated_with"
        case .hasParticipant: "biolink:has_participant"
        }
    }

    /// The Biolink `object_direction_qualifier` for signed regulation, `nil` otherwise.
    public var biolinkDirectionQualifier: String? {
        switch self {
        case .positivelyRegulates: "increased"
        case .negativelyRegulates: "decreased"
        default: nil
        }
    }

    /// Whether the relation reads the same both ways (subject and object may be swapped).
    public var isSymmetric: Bool { self == .interactsWith || self == .associatedWith }

    /// Orders predicates as declared.
    public static func < (lhs: RelationPredicate, rhs: RelationPredicate) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
