import LitGraphModel

/// What the sentence-level stage of extraction found in one document, kept for the
/// document-level stage.
struct DocumentAnalysis: Sendable {
    /// Sentences, mentions and the rules' relations.
    var document: AnnotatedDocument
    /// Each sentence's tokens and entity matches.
    var sentences: [SentenceMatches]
    /// The title's length in code points (the title's text comes first).
    var titleLength: Int

    /// The candidate pairs of the document for the relation model.
    func pairCandidates(triggers: TriggerLexicon) -> PairCandidates {
        PairCandidates(sentences: sentences, titleLength: titleLength, rules: document.relations, triggers: triggers)
    }
}
