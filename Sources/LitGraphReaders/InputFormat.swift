/// The format of an input file, as chosen on the command line or sniffed from its bytes.
///
/// The raw values are the spellings the command line accepts; they are stable.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Sniff the format: gzip by magic bytes, then XML when the first non-space byte is `<`, else text.
    case auto
    /// One abstract per file: a title line, then the abstract (see ``PlainTextLayout``).
    case text
    /// PubMed efetch XML (`PubmedArticleSet`) or a MEDLINE baseline file (`MedlineCitationSet`).
    case pubmedXML = "pubmed-xml"
}
