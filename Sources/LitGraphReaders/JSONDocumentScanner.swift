/// Cuts the documents out of a BioC JSON input one at a time, without parsing the whole file:
/// the elements of the top-level `"documents"` array (a BioC collection), of the `"PubTator3"`
/// array (PubTator3's export wrapper), or of a top-level array.
///
/// It follows strings, escapes and bracket nesting byte by byte, so memory is bounded by the
/// largest document: a document larger than ``ReadLimits/recordBytes`` or brackets nested deeper
/// than ``ReadLimits/nestingDepth`` are refused. Brackets must balance and match; everything else about the JSON is checked
/// when each document is parsed. Lines are counted for messages.
struct JSONDocumentScanner {
    /// The keys whose array value holds the documents.
    static let documentKeys: Set<String> = ["documents", "PubTator3"]
    /// More bytes than any of ``documentKeys`` holds.
    private static let longestKey = 32

    private let source: any ByteSource
    private let displayName: String
    private var chunk: [UInt8] = []
    private var index = 0
    private var line = 1
    /// The open brackets, innermost last.
    private var brackets: [UInt8] = []
    private var inString = false
    private var escaped = false
    /// The bytes of the string being read at depth 1 (a key of the root object), if any.
    private var keyBytes: [UInt8]?
    private var lastKey = ""
    /// The depth of the array holding the documents, once found.
    private var documentsDepth: Int?
    private var sawRoot = false

    /// Creates a scanner over `source`; `displayName` names the input in errors.
    init(source: any ByteSource, displayName: String) {
        self.source = source
        self.displayName = displayName
    }

    /// The next document's bytes and the line it starts on, or `nil` after the last one.
    mutating func nextDocument() throws -> (bytes: [UInt8], line: Int)? {
        var document: [UInt8]?
        var startLine = line
        while let byte = try nextByte() {
            let depthBefore = brackets.count
            try scan(byte)
            if document == nil, byte == UInt8(ascii: "{"), !inString, let depth = documentsDepth,
                depthBefore == depth
            {
                document = []
                startLine = line
            }
            if document != nil {
                document?.append(byte)
                if let count = document?.count, count > ReadLimits.recordBytes {
                    throw ReadError.oversizedRecord(path: displayName, line: startLine, what: "BioC JSON document")
                }
            }
            if let finished = document, !inString, byte == UInt8(ascii: "}"), brackets.count == documentsDepth {
                return (finished, startLine)
            }
        }
        if let open = brackets.last {
            let what = open == UInt8(ascii: "{") ? "an object" : "an array"
            throw malformed("input ends inside \(what); the file is truncated")
        }
        if !sawRoot { throw malformed("no JSON value") }
        if documentsDepth == nil { throw malformed("no \"documents\" or \"PubTator3\" array of documents") }
        return nil
    }

    /// Updates string, escape and bracket state for one byte.
    private mutating func scan(_ byte: UInt8) throws {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
                if let key = keyBytes { lastKey = String(decoding: key, as: UTF8.self) }
                keyBytes = nil
                return
            }
            // Only short strings can be a document key: a long value is not kept whole.
            if let count = keyBytes?.count, count < Self.longestKey { keyBytes?.append(byte) }
            return
        }
        switch byte {
        case UInt8(ascii: "\""):
            inString = true
            if brackets.count == 1 { keyBytes = [] }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if brackets.isEmpty {
                if sawRoot { throw malformed("a second top-level value") }
                sawRoot = true
                if byte == UInt8(ascii: "[") { documentsDepth = 1 }
            } else if byte == UInt8(ascii: "["), brackets.count == 1, documentsDepth == nil,
                Self.documentKeys.contains(lastKey)
            {
                documentsDepth = 2
            }
            guard brackets.count < ReadLimits.nestingDepth else {
                throw ReadError.nestingTooDeep(path: displayName, line: line)
            }
            brackets.append(byte)
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            let opening = byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
            guard brackets.last == opening else {
                throw malformed("unexpected \"\(Character(Unicode.Scalar(byte)))\"")
            }
            brackets.removeLast()
        case 0x20, 0x09, 0x0A, 0x0D:
            break
        default:
            if brackets.isEmpty { throw malformed("text outside the top-level value") }
        }
    }

    private mutating func nextByte() throws -> UInt8? {
        while index == chunk.count {
            chunk = try source.nextChunk()
            index = 0
            if chunk.isEmpty { return nil }
        }
        let byte = chunk[index]
        index += 1
        if byte == 0x0A { line += 1 }
        return byte
    }

    private func malformed(_ detail: String) -> ReadError {
        .malformedRecord(path: displayName, line: line, format: "BioC JSON", detail: detail)
    }
}
