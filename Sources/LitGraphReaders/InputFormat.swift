/// The format of an input file, as chosen on the command line or sniffed from its bytes.
///
/// The raw values are the spellings the command line accepts; they are stable.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Sniff the format from the first bytes (see ``DocumentReader`` and FORMATS.md §5.2).
    case auto
    /// One abstract per file: a title line, then the abstract (see ``PlainTextLayout``).
    case text
    /// PubMed efetch XML (`PubmedArticleSet`) or a MEDLINE baseline file (`MedlineCitationSet`).
    case pubmedXML = "pubmed-xml"
    /// PubTator text: `PMID|t|`, `PMID|a|`, mention and relation lines.
    case pubtator
    /// A BioC XML collection (`<collection>`).
    case biocXML = "bioc-xml"
    /// BioC JSON: a collection, PubTator3's `{"PubTator3": [...]}` wrapper or an array of documents.
    case biocJSON = "bioc-json"
    /// MEDLINE tagged text (`.nbib`): `PMID- `, `TI  - `, `AB  - ` lines.
    case medline
    /// JSON Lines: one object per line with `id` or `pmid`, `title` and `abstract`.
    case jsonl
}
