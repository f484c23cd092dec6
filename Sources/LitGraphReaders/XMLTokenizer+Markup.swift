extension XMLTokenizer {
    /// Scans the markup at `position` (which holds `<`); returns `nil` for skipped markup.
    mutating func scanMarkup() throws -> XMLToken? {
        guard try available(2) else { throw truncated() }
        let second = buffer[position + 1]
        if second == UInt8(ascii: "/") { return try scanEndTag() }
        if second == UInt8(ascii: "?") {
            try skip(through: Array("?>".utf8))
            return nil
        }
        if second == UInt8(ascii: "!") { return try scanDeclaration() }
        return try scanStartTag()
    }

    private mutating func scanDeclaration() throws -> XMLToken? {
        if try hasPrefix("<!--") {
            try skip(through: Array("-->".utf8), from: 4)
            return nil
        }
        if try hasPrefix("<![CDATA[") {
            guard let end = try offset(ofSequence: Array("]]>".utf8), from: 9) else { throw truncated() }
            guard !openElements.isEmpty else { throw malformed("CDATA outside the root element") }
            let text = wantsText ? String(decoding: buffer[(position + 9)..<(position + end)], as: UTF8.self) : ""
            consume(end + 3)
            return .text(text)
        }
        if try hasPrefix("<!DOCTYPE") {
            try skipDoctype()
            return nil
        }
        throw malformed("unknown declaration starting with <!")
    }

    private mutating func scanEndTag() throws -> XMLToken {
        guard let end = try offset(of: UInt8(ascii: ">"), from: 2) else { throw truncated() }
        var nameBytes = buffer[(position + 2)..<(position + end)]
        while let last = nameBytes.last, Self.isSpace(last) { nameBytes = nameBytes.dropLast() }
        let name = String(decoding: nameBytes, as: UTF8.self)
        guard !name.isEmpty, !nameBytes.contains(where: { Self.isSpace($0) || $0 == UInt8(ascii: "<") }) else {
            throw malformed("bad end tag </\(name)>")
        }
        let token = try close(name)
        consume(end + 1)
        return token
    }

    private mutating func scanStartTag() throws -> XMLToken {
        let tagLine = line
        let end = try tagEnd()
        var body = buffer[(position + 1)..<(position + end)]
        let selfClosing = body.last == UInt8(ascii: "/")
        if selfClosing { body = body.dropLast() }
        let nameEnd = body.firstIndex(where: Self.isSpace) ?? body.endIndex
        let name = String(decoding: body[..<nameEnd], as: UTF8.self)
        guard !name.isEmpty, let first = name.unicodeScalars.first, first != "=", first != "\"" else {
            throw malformed("bad start tag")
        }
        let attributes = try parseAttributes(body[nameEnd...], tagName: name)
        consume(end + 1)
        return try open(XMLStartTag(name: name, attributes: attributes, line: tagLine), selfClosing: selfClosing)
    }

    /// The offset of the `>` closing the tag at `position`, skipping quoted attribute values.
    private mutating func tagEnd() throws -> Int {
        let end = try scanOutsideQuotes(from: 1) { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") }
        guard buffer[position + end] == UInt8(ascii: ">") else { throw malformed("'<' inside a tag") }
        return end
    }

    /// Scans from `position + start` for the first byte outside single- or double-quoted text for
    /// which `stop` is true, reading more input as needed, and returns its offset from `position`.
    ///
    /// Throws ``truncated()`` when the input ends first.
    private mutating func scanOutsideQuotes(from start: Int, _ stop: (UInt8) -> Bool) throws -> Int {
        var relative = start
        var quote: UInt8?
        while true {
            if position + relative >= buffer.count {
                guard try fill() else { throw truncated() }
                continue
            }
            let byte = buffer[position + relative]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if stop(byte) {
                return relative
            }
            relative += 1
        }
    }

    private func parseAttributes(_ bytes: ArraySlice<UInt8>, tagName: String) throws -> [XMLAttribute] {
        var attributes: [XMLAttribute] = []
        var index = bytes.startIndex
        func skipSpace() { while index < bytes.endIndex, Self.isSpace(bytes[index]) { index += 1 } }
        while true {
            skipSpace()
            guard index < bytes.endIndex else { return attributes }
            let nameStart = index
            while index < bytes.endIndex, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "=") {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            skipSpace()
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else {
                throw malformed("attribute \(name) of <\(tagName)> has no value")
            }
            index += 1
            skipSpace()
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
            else { throw malformed("attribute \(name) of <\(tagName)> is not quoted") }
            let quote = bytes[index]
            let valueStart = index + 1
            guard let valueEnd = bytes[valueStart...].firstIndex(of: quote) else {
                throw malformed("attribute \(name) of <\(tagName)> is not closed")
            }
            attributes.append(XMLAttribute(name: name, value: XMLEntityDecoder.decode(bytes[valueStart..<valueEnd])))
            index = valueEnd + 1
        }
    }

    /// Skips `<!DOCTYPE …>` including an internal subset in brackets; nothing in it is interpreted.
    private mutating func skipDoctype() throws {
        var depth = 0
        let end = try scanOutsideQuotes(from: 9) { byte in
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            return byte == UInt8(ascii: ">") && depth <= 0
        }
        consume(end + 1)
    }

    // MARK: Helpers

    private mutating func hasPrefix(_ text: String) throws -> Bool {
        let bytes = Array(text.utf8)
        guard try available(bytes.count) else { return false }
        return buffer[position..<(position + bytes.count)].elementsEqual(bytes)
    }

    /// The relative offset where `sequence` starts, searching from relative offset `from`.
    private mutating func offset(ofSequence sequence: [UInt8], from: Int) throws -> Int? {
        guard let last = sequence.last else { return from }
        var searchFrom = from + sequence.count - 1
        while let end = try offset(of: last, from: searchFrom) {
            let start = end - sequence.count + 1
            if start >= from, buffer[(position + start)...(position + end)].elementsEqual(sequence) {
                return start
            }
            searchFrom = end + 1
        }
        return nil
    }

    /// Consumes everything up to and including `sequence`.
    private mutating func skip(through sequence: [UInt8], from: Int = 2) throws {
        guard let start = try offset(ofSequence: sequence, from: from) else { throw truncated() }
        consume(start + sequence.count)
    }
}
