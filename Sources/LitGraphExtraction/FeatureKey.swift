/// The first piece of a relation-model feature's name (`cooc=` of `cooc=1`), with its
/// ``FeatureHash`` computed once: a sink hashes only the value written after it.
enum FeatureKey: Int, CaseIterable, Sendable {
    case bias, cooccurrences, title, fewerMentions, moreMentions, mostNamed
    case rule, rulePredicate, rulePolarity, ruleNegated, ruleHedged
    case listed, anyTrigger, trigger, distance, entitiesBetween, wordBetween, negationBetween, hedge
    case wordBefore, wordAfter, inTitle

    /// The key as feature names spell it.
    var name: String {
        switch self {
        case .bias: "bias"
        case .cooccurrences: "cooc="
        case .title: "title="
        case .fewerMentions: "fmin="
        case .moreMentions: "fmax="
        case .mostNamed: "top="
        case .rule: "rule"
        case .rulePredicate: "rule="
        case .rulePolarity: "rulepol="
        case .ruleNegated: "ruleneg"
        case .ruleHedged: "rulehedge"
        case .listed: "list="
        case .anyTrigger: "anytrig="
        case .trigger: "trig="
        case .distance: "dist="
        case .entitiesBetween: "ebw="
        case .wordBetween: "bw="
        case .negationBetween: "negbw"
        case .hedge: "hedge"
        case .wordBefore: "pre="
        case .wordAfter: "post="
        case .inTitle: "intitle"
        }
    }

    /// The hash of ``name``.
    var hash: FeatureHash { Self.hashes[rawValue] }

    private static let hashes = allCases.map { FeatureHash($0.name) }
}
