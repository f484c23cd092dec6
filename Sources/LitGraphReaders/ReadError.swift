/// Why an input could not be read; every description is one line naming the input and the fix.
///
/// Documents streamed before an error was found have already been handed to the caller; a caller
/// that stores documents should store each file in one transaction and roll it back on error.
public enum ReadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The path does not exist.
    case missingFile(path: String)
    /// The path exists but cannot be opened or read (permissions, I/O error).
    case unreadableFile(path: String, reason: String)
    /// A folder holds no regular, non-hidden file.
    case emptyFolder(path: String)
    /// The input is empty or holds only white space.
    case emptyFile(path: String)
    /// The input holds a NUL byte in its first 8 KiB: it is not text.
    case binaryFile(path: String, offset: Int)
    /// The input is not valid UTF-8 at the given byte offset (after decompression).
    case invalidUTF8(path: String, offset: Int)
    /// A gzip stream ended before its end marker.
    case truncatedGzip(path: String, compressedBytes: Int)
    /// A gzip stream holds bytes zlib rejects.
    case corruptGzip(path: String, compressedOffset: Int, detail: String)
    /// An XML input ended with elements still open.
    case truncatedXML(path: String, element: String, openedAtLine: Int)
    /// An XML input breaks the XML syntax (mismatched end tag, bad tag, bad attribute).
    case malformedXML(path: String, line: Int, detail: String)
    /// An XML input whose root element is not one LitGraph reads.
    case unsupportedXML(path: String, root: String)
    /// A PubMed record without its own PMID.
    case missingPMID(path: String, line: Int)
    /// A line or record of a PubTator, BioC, MEDLINE or JSON Lines input that breaks its format
    /// (wrong column count, a number that is not one, malformed JSON…); `format` names the format.
    case malformedRecord(path: String, line: Int, format: String, detail: String)
    /// A line, record, XML token or plain-text file larger than ``ReadLimits/recordBytes``; `what`
    /// names it ("line", "PubMed record"…), `line` is where it starts when the format has lines.
    case oversizedRecord(path: String, line: Int?, what: String)
    /// XML elements or JSON brackets nested deeper than ``ReadLimits/nestingDepth``.
    case nestingTooDeep(path: String, line: Int)

    /// One line: the input (with the line when known), the problem and the fix; control
    /// characters quoted from the input are written as escapes.
    public var description: String {
        message.escapingControlCharacters
    }

    private var message: String {
        switch self {
        case .missingFile(let path):
            "\(path): no such file or folder; check the path"
        case .unreadableFile(let path, let reason):
            "\(path): cannot be read (\(reason)); check its permissions"
        case .emptyFolder(let path):
            "\(path): folder holds no input files (.txt, .xml, .gz, .pubtator, .json, .jsonl, .nbib…; hidden files are "
                + "skipped); add some or name the files"
        case .emptyFile(let path):
            "\(path): file is empty or only white space; pass a file with at least a title and an abstract"
        case .binaryFile(let path, let offset):
            "\(path): binary file (NUL byte at offset \(offset)); pass PubMed XML, gzip or UTF-8 text"
        case .invalidUTF8(let path, let offset):
            "\(path): invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (e.g. iconv -t UTF-8)"
        case .truncatedGzip(let path, let bytes):
            "\(path): truncated gzip stream after \(bytes) bytes; re-download the file"
        case .corruptGzip(let path, let offset, let detail):
            "\(path): corrupt gzip stream near compressed byte \(offset) (\(detail)); re-download the file"
        case .truncatedXML(let path, let element, let line):
            "\(path):\(line): truncated XML (unclosed <\(element)> opened at line \(line)); "
                + "nothing from this file was stored — re-download it"
        case .malformedXML(let path, let line, let detail):
            "\(path):\(line): malformed XML (\(detail)); fix or re-download the file"
        case .unsupportedXML(let path, let root):
            "\(path): not a PubMed file (root element <\(root)>); supported: PubMed XML "
                + "(<PubmedArticleSet>, <MedlineCitationSet>, optionally gzipped), BioC XML (<collection>) and plain text"
        case .missingPMID(let path, let line):
            "\(path):\(line): PubMed record without a PMID; fix or re-download the file"
        case .malformedRecord(let path, let line, let format, let detail):
            "\(path):\(line): malformed \(format) (\(detail)); fix the line or re-export the file"
        case .oversizedRecord(let path, let line, let what):
            "\(path)\(line.map { ":\($0)" } ?? ""): \(what) larger than \(ReadLimits.recordMebibytes) MiB, the limit for "
                + "one record; the file was refused — split the record or remove it"
        case .nestingTooDeep(let path, let line):
            "\(path):\(line): nested more than \(ReadLimits.nestingDepth) levels deep, the limit; the file was "
                + "refused — check that it is PubMed, BioC or JSON input"
        }
    }
}
