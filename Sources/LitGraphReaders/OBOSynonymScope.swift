/// The scope of an OBO synonym: how closely it matches the term (`synonym: "…" EXACT []`).
///
/// The raw values are the spellings OBO files use.
public enum OBOSynonymScope: String, CaseIterable, Sendable {
    /// The same concept under another name; always a good name to recognise.
    case exact = "EXACT"
    /// A loosely related name: HPO layperson terms, Disease Ontology and GO alternatives.
    case related = "RELATED"
    /// A more specific concept (a kind of the term).
    case narrow = "NARROW"
    /// A more general concept; naming it does not name the term.
    case broad = "BROAD"

    /// The scopes kept by default: EXACT and RELATED.
    ///
    /// RELATED synonyms carry most of the everyday names in HPO, Disease Ontology and GO
    /// ("signalling pathway", "low mood"), which is what recognising mentions in abstracts needs.
    /// NARROW names a different, more specific concept and BROAD a more general one; recognising
    /// them as the term would ground mentions to the wrong node, so they are dropped.
    public static let recognised: Set<OBOSynonymScope> = [.exact, .related]
}
