/// The format of a vocabulary file for `litgraph lexicon import`, as chosen or sniffed.
///
/// The raw values are the spellings the command line accepts; they are stable.
public enum VocabularyFormat: String, CaseIterable, Sendable {
    /// Sniff the format from the bytes (after any gzip layer): `<` first → MeSH descriptor XML; a
    /// first line holding a tab → TSV; anything else → OBO.
    case auto
    /// MeSH descriptor XML (`desc20XX.xml`, root `DescriptorRecordSet`), plain or gzipped.
    case meshXML = "mesh-xml"
    /// An OBO 1.2 or 1.4 ontology (HPO, Disease Ontology, MONDO, GO, ChEBI, UBERON…).
    case obo
    /// Tab-separated `id, name, synonyms, category` with that header; synonyms `|`-separated.
    case tsv
}
