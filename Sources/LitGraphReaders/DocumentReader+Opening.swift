extension DocumentReader {
    /// An input opened for reading: its decompressed, UTF-8-checked bytes and its format.
    struct OpenedInput {
        /// The bytes after any gzip layer and BOM, validated as UTF-8 as they are read.
        var source: any ByteSource
        /// The format to read, never `.auto`.
        var format: InputFormat
    }

    /// How many leading bytes are checked for NUL to reject binary files.
    static let binaryProbeLength = 8 * 1024

    /// Opens `input`: gunzips on the gzip magic, rejects binary and empty input, skips a UTF-8 BOM
    /// and, for `.auto`, sniffs the format with ``InputSniffer``.
    func open(_ input: InputFile) throws -> OpenedInput {
        let name = input.displayName
        let file = try FileByteSource(input)
        var source: any ByteSource = file
        let magic = try file.readPrefix(minimum: GzipByteSource.magic.count)
        source = PrefixedByteSource(prefix: magic, rest: file)
        if GzipByteSource.isGzip(magic) {
            source = try GzipByteSource(upstream: source, path: name)
        }
        var prefix = try source.readPrefix(minimum: Self.binaryProbeLength)
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            throw ReadError.invalidUTF8(path: name, offset: 0)  // a UTF-16 byte-order mark
        }
        if let nul = prefix.prefix(Self.binaryProbeLength).firstIndex(of: 0) {
            throw ReadError.binaryFile(path: name, offset: nul)
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bomLength = prefix.starts(with: bom) ? bom.count : 0
        prefix.removeFirst(bomLength)
        // Read on until something other than white space shows up (or the input ends).
        while !prefix.contains(where: { !XMLTokenizer.isSpace($0) }) {
            let chunk = try source.nextChunk()
            guard !chunk.isEmpty else { throw ReadError.emptyFile(path: name) }
            prefix.append(contentsOf: chunk)
        }
        let validated = UTF8ValidatingSource(
            upstream: PrefixedByteSource(prefix: prefix, rest: source),
            path: name,
            startOffset: bomLength
        )
        let format = self.format == .auto ? InputSniffer.format(of: prefix) : self.format
        return OpenedInput(source: validated, format: format)
    }
}
