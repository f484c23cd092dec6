extension VocabularyReader {
    /// A vocabulary file opened for reading: its decompressed, UTF-8-checked bytes and its format.
    struct OpenedVocabulary {
        /// The bytes after any gzip layer and BOM, validated as UTF-8 as they are read.
        var source: any ByteSource
        /// The format asked for, or the sniffed one; never `.auto`.
        var format: VocabularyFormat
    }

    /// How many leading bytes are checked for NUL to reject binary files, and looked at to sniff.
    static let probeLength = 8 * 1024

    /// Opens `input`: gunzips on the gzip magic bytes, rejects binary and empty input, skips a
    /// UTF-8 BOM and, for `.auto`, sniffs the format (see ``VocabularyFormat/auto``).
    func open(_ input: InputFile, format: VocabularyFormat) throws -> OpenedVocabulary {
        let name = input.displayName
        let file = try FileByteSource(input)
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
        while !prefix.contains(where: { !XMLTokenizer.isSpace($0) }) {
            let chunk = try source.nextChunk()
            guard !chunk.isEmpty else { throw VocabularyError.emptyFile(path: name) }
            prefix.append(contentsOf: chunk)
        }
        let validated = UTF8ValidatingSource(
            upstream: PrefixedByteSource(prefix: prefix, rest: source),
            path: name,
            startOffset: bomLength
        )
        return OpenedVocabulary(source: validated, format: format == .auto ? Self.sniff(prefix) : format)
    }

    /// The format of a file starting with `prefix` (which holds something besides white space).
    static func sniff(_ prefix: [UInt8]) -> VocabularyFormat {
        guard let start = prefix.firstIndex(where: { !XMLTokenizer.isSpace($0) }) else { return .obo }
        if prefix[start] == UInt8(ascii: "<") { return .meshXML }
        let lineStart = prefix[..<start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let firstLine = prefix[lineStart...].prefix { $0 != UInt8(ascii: "\n") }
        return firstLine.contains(UInt8(ascii: "\t")) ? .tsv : .obo
    }
}
