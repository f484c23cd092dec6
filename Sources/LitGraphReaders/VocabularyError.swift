import LitGraphModel

/// Why a vocabulary file could not be read; every description is one line naming the file (and
/// line when known), the problem and the fix.
///
/// Problems with the bytes themselves (missing file, gzip, UTF-8, XML syntax) are ``ReadError``s.
public enum VocabularyError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file is empty or holds only white space.
    case emptyFile(path: String)
    /// An XML file whose root element is not `DescriptorRecordSet`.
    case unsupportedXML(path: String, root: String)
    /// A MeSH descriptor record or an OBO term lacks a field every entry needs.
    case incompleteRecord(path: String, line: Int, missing: String)
    /// An OBO line that is neither a stanza header nor a `tag: value` pair, or a bad `synonym:`.
    case malformedOBO(path: String, line: Int, detail: String)
    /// The first line of a TSV file is not the `id, name, synonyms, category` header.
    case badTSVHeader(path: String, found: String)
    /// A TSV row with the wrong number of fields or an empty identifier or name.
    case badTSVRow(path: String, line: Int, detail: String)
    /// A TSV row whose category is not a known category value.
    case unknownCategory(path: String, line: Int, value: String)
    /// The file was read to its end without finding a single entry.
    case noEntries(path: String, format: VocabularyFormat)

    /// One line: the file (with the line when known), the problem and the fix.
    public var description: String {
        switch self {
        case .emptyFile(let path):
            "\(path): file is empty or only white space; pass a MeSH descriptor XML, OBO or TSV vocabulary"
        case .unsupportedXML(let path, let root):
            "\(path): not a MeSH descriptor file (root element <\(root)>); pass desc20XX.xml "
                + "(<DescriptorRecordSet>, optionally gzipped)"
        case .incompleteRecord(let path, let line, let missing):
            "\(path):\(line): record without \(missing); fix the file or re-download it"
        case .malformedOBO(let path, let line, let detail):
            "\(path):\(line): malformed OBO (\(detail)); fix the line, or pass --format if this is not an OBO file"
        case .badTSVHeader(let path, let found):
            "\(path):1: TSV header is \"\(found)\"; the first line must be id<TAB>name<TAB>synonyms<TAB>category"
        case .badTSVRow(let path, let line, let detail):
            "\(path):\(line): \(detail); each row is id<TAB>name<TAB>synonyms separated by |<TAB>category"
        case .unknownCategory(let path, let line, let value):
            "\(path):\(line): unknown category \"\(value)\"; use one of "
                + VocabularyError.categoryValues
        case .noEntries(let path, let format):
            "\(path): no vocabulary entries found as \(format.rawValue); check the file or pass --format "
                + "mesh-xml, obo or tsv"
        }
    }

    /// The category values a TSV may use, comma-separated.
    private static var categoryValues: String {
        EntityCategory.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
