import LitGraphModel

/// What a trigger word means: the relation it expresses and how its arguments are found.
struct TriggerSense: Sendable, Hashable {
    /// The grammatical role of the trigger, which decides the rules that apply.
    enum Kind: Sendable, Hashable {
        /// A verb: active ("X increases Y") or passive ("Y is increased by X").
        case verb
        /// A nominalisation: "the inhibition of Y by X", "the effect of X on Y".
        case noun
        /// An adjective or participle with a fixed preposition: "X is associated with Y".
        case adjective
        /// A noun naming the actor by what it does to its `of` object: "X is an inhibitor of Y",
        /// "X, an agonist of Y,", "the Y inhibitor X".
        case agent
    }

    /// How the predicate is chosen.
    enum Effect: Sendable, Hashable, CaseIterable {
        /// Increases the object.
        case positive
        /// Decreases the object.
        case negative
        /// Changes the object without a stated direction.
        case regulates
        /// Brings the object about: a disease or phenotype object makes it `causes`, anything else
        /// a positive regulation.
        case causes
        /// Relieves the object: a disease object makes it `treats`, anything else a positive regulation.
        case ameliorates
        /// Prevents or relieves the object: a disease object makes it `treats`, anything else a negative regulation.
        case prevents
        /// Treats the object.
        case treats
        /// Physically interacts with the object.
        case interacts
        /// Is associated with the object.
        case associated
    }

    /// The word's dictionary form, used in rule names and tests.
    var lemma: String
    /// The grammatical role.
    var kind: Kind
    /// The relation expressed.
    var effect: Effect
    /// A preposition that must follow the trigger ("lead to", "interact with"); `nil` when none.
    var particle: String?
    /// Whether the particle may be left out ("binds Y" and "binds to Y").
    var particleIsOptional = false
    /// A word that must stand right before the trigger ("risk" in "risk factor for"); `nil` when none.
    var precedingWord: String?

    /// The sign of the effect.
    var polarity: Polarity {
        switch effect {
        case .positive, .causes, .ameliorates: .positive
        case .negative, .prevents, .treats: .negative
        case .regulates, .interacts, .associated: .unknown
        }
    }

    /// The predicate and polarity for an object of the given category.
    func predicate(for object: EntityCategory) -> (RelationPredicate, Polarity) {
        switch effect {
        case .positive: return (.positivelyRegulates, .positive)
        case .negative: return (.negativelyRegulates, .negative)
        case .regulates: return (.regulates, .unknown)
        case .causes: return object == .disease ? (.causes, .positive) : (.positivelyRegulates, .positive)
        case .ameliorates: return object == .disease ? (.treats, .negative) : (.positivelyRegulates, .positive)
        case .prevents: return object == .disease ? (.treats, .negative) : (.negativelyRegulates, .negative)
        case .treats: return (.treats, .negative)
        case .interacts: return (.interactsWith, .unknown)
        case .associated: return (.associatedWith, .unknown)
        }
    }

    /// Whether the trigger changes an amount, so it can compose with a signed nominal inside its
    /// object ("leads to a reduction in Y", "inhibits the activation of Y").
    var composes: Bool {
        switch effect {
        case .positive, .negative, .regulates, .causes: true
        default: false
        }
    }
}

extension TriggerSense.Effect {
    /// The effect's name as the relation model's features write it (`trig=positive`): the case
    /// name, what `String(describing:)` gives, without the reflection that costs.
    var name: String {
        switch self {
        case .positive: "positive"
        case .negative: "negative"
        case .regulates: "regulates"
        case .causes: "causes"
        case .ameliorates: "ameliorates"
        case .prevents: "prevents"
        case .treats: "treats"
        case .interacts: "interacts"
        case .associated: "associated"
        }
    }
}
