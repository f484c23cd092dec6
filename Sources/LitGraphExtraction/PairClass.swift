public import LitGraphModel

/// What the trained relation model says about two entities of one document.
public enum PairClass: String, Sendable, Hashable, CaseIterable {
    /// The document states no relation between them.
    case none
    /// A relation without a sign: an association, binding, co-treatment, comparison.
    case association
    /// A positive correlation: one raises, causes or goes with more of the other.
    case positive
    /// A negative correlation: one lowers, treats or prevents the other.
    case negative

    /// The polarity a relation of this class carries.
    public var polarity: Polarity {
        switch self {
        case .positive: .positive
        case .negative: .negative
        case .none, .association: .unknown
        }
    }

    /// The class of a gold relation type of BioRED or BC5CDR (`Positive_Correlation`, `CID`…);
    /// every other type is an association.
    public init(corpusType: String) {
        switch corpusType.lowercased() {
        case "positive_correlation", "cid": self = .positive
        case "negative_correlation": self = .negative
        default: self = .association
        }
    }

    /// The class a pair with these gold relation types takes: a signed type wins over an unsigned
    /// one; positive and negative together make an association.
    public init(corpusTypes: some Sequence<String>) {
        let classes = Set(corpusTypes.map(PairClass.init(corpusType:)))
        if classes.isEmpty {
            self = .none
        } else if classes.contains(.positive) != classes.contains(.negative) {
            self = classes.contains(.positive) ? .positive : .negative
        } else {
            self = .association
        }
    }
}
