/// A streaming pull tokenizer for XML over UTF-8 bytes arriving in chunks.
///
/// It reports start tags, end tags and text (entities decoded, CDATA as text); comments,
/// processing instructions and `<!DOCTYPE …>` (internal subset included) are skipped. No DTD or
/// external entity is ever fetched or expanded. It checks that end tags match and that the input
/// does not end inside an element, counting lines for messages. Memory is bounded by the largest
/// single token, never by the file size: a token larger than ``ReadLimits/recordBytes`` or
/// elements nested deeper than ``ReadLimits/nestingDepth`` are refused.
struct XMLTokenizer {
    /// The bytes read but not yet consumed start at `position`.
    var buffer: [UInt8] = []
    var position = 0
    /// The 1-based line of `buffer[position]`.
    private(set) var line = 1
    /// The bytes consumed so far (readers measure their records with it).
    private(set) var consumedBytes = 0
    /// When false, text is scanned (for lines and structure) but not decoded: a fast path for
    /// readers that only want text inside a few elements.
    var wantsText = true

    let path: String
    private let source: any ByteSource
    private var sourceEnded = false
    /// The open elements, innermost last, with the line each was opened on.
    private(set) var openElements: [(name: String, line: Int)] = []
    private var pendingEnd: String?
    private var sawRoot = false

    /// Creates a tokenizer over `source`; `path` names the input in errors.
    init(source: any ByteSource, path: String) {
        self.source = source
        self.path = path
    }

    /// The next token, or `nil` at the end of a complete document.
    ///
    /// Throws ``ReadError/malformedXML(path:line:detail:)`` for syntax errors and
    /// ``ReadError/truncatedXML(path:element:openedAtLine:)`` when the input ends inside an element.
    mutating func next() throws -> XMLToken? {
        if let name = pendingEnd {
            pendingEnd = nil
            return try close(name)
        }
        while true {
            guard try available(1) else { return try finish() }
            if buffer[position] != UInt8(ascii: "<") {
                if let text = try scanText() { return .text(text) }
                continue
            }
            if let token = try scanMarkup() { return token }
        }
    }

    // MARK: Buffer

    /// Whether at least `count` unconsumed bytes are buffered, reading more if needed.
    mutating func available(_ count: Int) throws -> Bool {
        while buffer.count - position < count {
            guard try fill() else { return false }
        }
        return true
    }

    /// Drops consumed bytes and appends the next chunk; false at the end of the input.
    ///
    /// Offsets relative to `position` stay valid across a fill.
    mutating func fill() throws -> Bool {
        if sourceEnded { return false }
        if buffer.count - position > ReadLimits.recordBytes {
            throw ReadError.oversizedRecord(
                path: path, line: line, what: "XML token (text, tag, comment or declaration)")
        }
        let chunk = try source.nextChunk()
        if chunk.isEmpty {
            sourceEnded = true
            return false
        }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The offset (relative to `position`) of the first `byte` at or after relative offset `from`.
    mutating func offset(of byte: UInt8, from: Int) throws -> Int? {
        var from = from
        while true {
            if position + from < buffer.count,
                let index = buffer[(position + from)...].firstIndex(of: byte)
            {
                return index - position
            }
            from = max(from, buffer.count - position)
            guard try fill() else { return nil }
        }
    }

    /// Consumes `count` bytes, counting the line breaks among them.
    mutating func consume(_ count: Int) {
        let end = position + count
        var index = position
        while index < end {
            if buffer[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        consumedBytes += count
        position = end
    }

    // MARK: Text and structure

    private mutating func scanText() throws -> String? {
        let length = try offset(of: UInt8(ascii: "<"), from: 0) ?? (buffer.count - position)
        let bytes = buffer[position..<(position + length)]
        if openElements.isEmpty {
            if let stray = bytes.firstIndex(where: { !Self.isSpace($0) }) {
                consume(stray - position)
                throw malformed("text outside the root element")
            }
            consume(length)
            return nil
        }
        let text = wantsText ? XMLEntityDecoder.decode(bytes) : nil
        consume(length)
        return text
    }

    /// Records a start tag; rejects a second root element.
    mutating func open(_ tag: XMLStartTag, selfClosing: Bool) throws -> XMLToken {
        if openElements.isEmpty {
            if sawRoot { throw malformed("second root element <\(tag.name)>", line: tag.line) }
            sawRoot = true
        }
        if openElements.count >= ReadLimits.nestingDepth {
            throw ReadError.nestingTooDeep(path: path, line: tag.line)
        }
        openElements.append((tag.name, tag.line))
        if selfClosing { pendingEnd = tag.name }
        return .start(tag)
    }

    /// Records an end tag; it must close the innermost open element.
    mutating func close(_ name: String) throws -> XMLToken {
        guard let innermost = openElements.last else {
            throw malformed("end tag </\(name)> without a matching start tag")
        }
        guard innermost.name == name else {
            throw malformed("</\(name)> does not close <\(innermost.name)> opened at line \(innermost.line)")
        }
        openElements.removeLast()
        return .end(name)
    }

    private mutating func finish() throws -> XMLToken? {
        if let innermost = openElements.last { throw truncated(innermost) }
        guard sawRoot else { throw malformed("no root element") }
        return nil
    }

    // MARK: Errors

    func malformed(_ detail: String, line: Int? = nil) -> ReadError {
        .malformedXML(path: path, line: line ?? self.line, detail: detail)
    }

    /// The error for input that ends inside markup or an element.
    func truncated(_ innermost: (name: String, line: Int)? = nil) -> ReadError {
        guard let element = innermost ?? openElements.last else {
            return malformed("input ends inside markup")
        }
        return .truncatedXML(path: path, element: element.name, openedAtLine: element.line)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
