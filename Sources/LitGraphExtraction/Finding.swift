import LitGraphModel

/// A relation found in one sentence, before it is turned into model evidence.
struct Finding: Sendable, Hashable {
    /// The acting entity and where it is written.
    var subject: Argument
    /// The entity acted on and where it is written.
    var object: Argument
    /// The relation's predicate.
    var predicate: RelationPredicate
    /// The relation's sign.
    var polarity: Polarity
    /// The tokens of the trigger (a word, or a word and its particle).
    var trigger: Range<Int>
    /// The name of the rule that fired.
    var rule: String
}
