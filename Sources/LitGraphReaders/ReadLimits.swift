/// The limits that keep reading hostile or broken input in bounded memory and time.
///
/// Input over a limit is refused with a ``ReadError`` naming the file and line, never read on:
/// a real abstract, PubMed record or BioC document is far below them.
public enum ReadLimits {
    /// The most bytes one record may take: a line of PubTator, MEDLINE or JSON Lines text, one
    /// PubTator, MEDLINE, PubMed or BioC document, one XML token (text, tag, comment,
    /// declaration), a plain-text file, or the white space an input starts with (16 MiB).
    public static let recordBytes = 16 * 1024 * 1024

    /// The deepest nesting of XML elements or JSON arrays and objects read (1,000).
    public static let nestingDepth = 1_000

    /// The limit in mebibytes, for messages.
    static var recordMebibytes: Int { recordBytes / (1024 * 1024) }
}
