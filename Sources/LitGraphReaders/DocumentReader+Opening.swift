extension DocumentReader {
    /// An input opened for reading: its decompressed, UTF-8-checked bytes and its format.
    struct OpenedInput {
        /// The bytes after any gzip layer and BOM, validated as UTF-8 as they are read.
        var source: any ByteSource
        /// The format to read, never `.auto`.
        var format: InputFormat
    }

    /// Opens `input`: gunzips on the gzip magic, rejects binary and empty input, skips a UTF-8 BOM
    /// and, for `.auto`, sniffs the format with ``InputSniffer``.
    func open(_ input: InputFile) throws -> OpenedInput {
        try open(FileByteSource(input), name: input.displayName)
    }

    /// Opens the bytes of `file` as ``open(_:)`` opens a file; `name` names them in errors.
    func open(_ file: any ByteSource, name: String) throws -> OpenedInput {
        let (validated, prefix) = try InputFile.openText(file, name: name) { ReadError.emptyFile(path: $0) }
        // The sniffer sees at most 64 KiB past any leading white space (a file's first chunk),
        // however much was read: its searches stay cheap on any input.
        let contentStart = prefix.firstIndex { !XMLTokenizer.isSpace($0) } ?? 0
        let probe = Array(prefix.prefix(contentStart + FileByteSource.chunkSize))
        let format = self.format == .auto ? InputSniffer.format(of: probe) : self.format
        return OpenedInput(source: validated, format: format)
    }
}
