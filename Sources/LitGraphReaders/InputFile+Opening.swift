extension InputFile {
    /// How many leading bytes are checked for NUL to reject binary files, and kept for sniffing.
    static let probeLength = 8 * 1024

    /// Opens the input as text: gunzips on the gzip magic bytes, rejects UTF-16, binary and empty
    /// input, skips a UTF-8 BOM, and validates UTF-8 as the bytes are read.
    ///
    /// Returns the byte source (from the first byte after any BOM) and its first bytes, which hold
    /// something besides white space, for format sniffing. `emptyError` makes the error for an input
    /// that is empty or only white space, so each kind of reader can name it in its own terms.
    func openText(emptyError: (String) -> any Error) throws -> (source: any ByteSource, prefix: [UInt8]) {
        try Self.openText(FileByteSource(self), name: displayName, emptyError: emptyError)
    }

    /// Opens the bytes of `file` as text, as ``openText(emptyError:)`` does; `name` names them in errors.
    ///
    /// White space before the first other byte is kept (line numbers count it) up to
    /// ``ReadLimits/recordBytes``; more is refused with ``ReadError/oversizedRecord(path:line:what:)``.
    static func openText(
        _ file: any ByteSource,
        name: String,
        emptyError: (String) -> any Error
    ) throws -> (source: any ByteSource, prefix: [UInt8]) {
        let magic = try file.readPrefix(minimum: GzipByteSource.magic.count)
        var source: any ByteSource = PrefixedByteSource(prefix: magic, rest: file)
        if GzipByteSource.isGzip(magic) {
            source = try GzipByteSource(upstream: source, path: name)
        }
        var prefix = try source.readPrefix(minimum: Self.probeLength)
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            throw ReadError.invalidUTF8(path: name, offset: 0)  // a UTF-16 byte-order mark
        }
        if let nul = prefix.prefix(Self.probeLength).firstIndex(of: 0) {
            throw ReadError.binaryFile(path: name, offset: nul)
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bomLength = prefix.starts(with: bom) ? bom.count : 0
        prefix.removeFirst(bomLength)
        // Read on until something other than white space shows up (or the input ends).
        var hasContent = prefix.contains { !XMLTokenizer.isSpace($0) }
        while !hasContent {
            let chunk = try source.nextChunk()
            guard !chunk.isEmpty else { throw emptyError(name) }
            if chunk.contains(0) { throw ReadError.binaryFile(path: name, offset: bomLength + prefix.count) }
            hasContent = chunk.contains { !XMLTokenizer.isSpace($0) }
            prefix.append(contentsOf: chunk)
            if !hasContent, prefix.count > ReadLimits.recordBytes {
                throw ReadError.oversizedRecord(path: name, line: nil, what: "white space at the start of the input")
            }
        }
        let validated = UTF8ValidatingSource(
            upstream: PrefixedByteSource(prefix: prefix, rest: source),
            path: name,
            startOffset: bomLength
        )
        return (validated, prefix)
    }
}
