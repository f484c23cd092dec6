import LitGraphModel

/// A subject or object found for a trigger: the entity and where the sentence names it.
///
/// For a pronoun ("its activation"), `span` is the pronoun's span and `entity` its antecedent.
struct Argument: Sendable, Hashable {
    /// The entity the argument denotes.
    var entity: Entity
    /// Where the argument is written in the document's text.
    var span: TextSpan
    /// The token of a word saying the entity is removed or blocked ("knockdown of X", "X
    /// deficiency", "X-deficient"), which inverts the sign of a relation it takes part in; `nil` when none.
    var lossCue: Int?
}
