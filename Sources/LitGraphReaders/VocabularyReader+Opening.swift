extension VocabularyReader {
    /// A vocabulary file opened for reading: its decompressed, UTF-8-checked bytes and its format.
    struct OpenedVocabulary {
        /// The bytes after any gzip layer and BOM, validated as UTF-8 as they are read.
        var source: any ByteSource
        /// The format asked for, or the sniffed one; never `.auto`.
        var format: VocabularyFormat
    }

    /// Opens `input`: gunzips on the gzip magic bytes, rejects binary and empty input, skips a
    /// UTF-8 BOM and, for `.auto`, sniffs the format (see ``VocabularyFormat/auto``).
    func open(_ input: InputFile, format: VocabularyFormat) throws -> OpenedVocabulary {
        let (validated, prefix) = try input.openText { VocabularyError.emptyFile(path: $0) }
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
