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
        let (validated, prefix) = try input.openText { ReadError.emptyFile(path: $0) }
        let format = self.format == .auto ? InputSniffer.format(of: prefix) : self.format
        return OpenedInput(source: validated, format: format)
    }
}
