/// The tables every sentence's analysis reads: the trigger vocabulary and the lexicon, held once
/// by the ``Extractor`` and shared by reference.
///
/// A ``SentenceAnalysis`` holding the two tables as values copied them for every sentence: a copy
/// retains, and its end releases, every buffer of both.
final class SentenceVocabulary: Sendable {
    /// The trigger vocabulary.
    let triggers: TriggerLexicon
    /// The lexicon, for "its receptors" → "<entity> receptors".
    let lexicon: Lexicon

    /// The vocabulary of `triggers` and `lexicon`.
    init(triggers: TriggerLexicon, lexicon: Lexicon) {
        self.triggers = triggers
        self.lexicon = lexicon
    }
}
