import Foundation
public import LitGraphModel

/// Reads input files — PubMed XML, MEDLINE baseline XML, plain text, PubTator, BioC XML or JSON,
/// MEDLINE tagged text or JSON Lines, each optionally gzipped — into ``Document``s, streaming so
/// that memory does not grow with the file size.
///
/// Typical use: validate every path up front with ``inputs(for:)``, then ``read(_:_:)`` each input.
public struct DocumentReader: Sendable {
    /// The format to read inputs as; `.auto` sniffs each input.
    public var format: InputFormat

    /// Creates a reader for `format` (sniffed per input by default).
    public init(format: InputFormat = .auto) {
        self.format = format
    }

    /// Expands `paths` into the inputs to read, checking that each exists before anything is read.
    ///
    /// Files are kept as given; a folder becomes its regular, non-hidden files with an extension in
    /// ``folderExtensions`` (recursively, sorted by path); `-` is standard input. Throws ``ReadError/missingFile(path:)``,
    /// ``ReadError/unreadableFile(path:reason:)`` or ``ReadError/emptyFolder(path:)``.
    public func inputs(for paths: [String]) throws -> [InputFile] {
        var inputs: [InputFile] = []
        for path in paths {
            if path == InputFile.standardInputPath {
                inputs.append(InputFile(path: path))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ReadError.missingFile(path: path)
            }
            let files = isFolder.boolValue ? try Self.files(inFolder: path) : [path]
            for file in files {
                guard FileManager.default.isReadableFile(atPath: file) else {
                    throw ReadError.unreadableFile(path: file, reason: "permission denied")
                }
                inputs.append(InputFile(path: file))
            }
        }
        return inputs
    }

    /// Streams the documents of `input` to `body` in file order.
    ///
    /// PubMed XML is tokenized as it is read and each record is handed over when it closes; a
    /// plain-text file holds one document. Throws a ``ReadError`` for bad input (documents found
    /// before the error have already been handed over) and rethrows what `body` throws.
    /// Annotations whose offsets do not match the text are dropped silently; use
    /// ``read(_:diagnostics:_:)`` to hear about them.
    public func read(_ input: InputFile, _ body: (Document) throws -> Void) throws {
        try read(input, diagnostics: { _ in }, body)
    }

    /// Streams the documents of `input` to `body` in file order, reporting recoverable problems
    /// (an annotation whose offsets do not match the text, which is dropped) to `diagnostics`.
    ///
    /// Every format streams: memory is bounded by one record (one PubMed citation, PubTator or
    /// BioC document, MEDLINE record or JSON line), except plain text (one abstract per file).
    /// Throws a ``ReadError`` for bad input (documents found before the error have already been
    /// handed over) and rethrows what `body` throws.
    public func read(
        _ input: InputFile,
        diagnostics: (ReadDiagnostic) -> Void,
        _ body: (Document) throws -> Void
    ) throws {
        let opened = try open(input)
        try read(opened, path: input.path, name: input.displayName, diagnostics: diagnostics, body)
    }

    /// Streams the documents held in `bytes` to `body`, as ``read(_:diagnostics:_:)`` reads a file
    /// with the same content (gzip included); `name` names the input in errors and is each
    /// document's `source` (and a plain-text document's fallback identifier).
    ///
    /// For callers that already hold the bytes (tests, fuzzing); files should be read with
    /// ``read(_:diagnostics:_:)``, which streams.
    public func read(
        bytes: [UInt8],
        name: String,
        diagnostics: (ReadDiagnostic) -> Void,
        _ body: (Document) throws -> Void
    ) throws {
        let opened = try open(BufferByteSource(bytes), name: name)
        try read(opened, path: name, name: name, diagnostics: diagnostics, body)
    }

    private func read(
        _ opened: OpenedInput,
        path: String,
        name: String,
        diagnostics: (ReadDiagnostic) -> Void,
        _ body: (Document) throws -> Void
    ) throws {
        switch opened.format {
        case .pubmedXML:
            let tokenizer = XMLTokenizer(source: opened.source, path: name)
            var reader = PubMedReader(tokenizer: tokenizer, source: path, displayName: name)
            try reader.read(body)
        case .biocXML:
            let tokenizer = XMLTokenizer(source: opened.source, path: name)
            var reader = BioCXMLReader(tokenizer: tokenizer, source: path, displayName: name)
            try reader.read(diagnostics: diagnostics, body)
        case .biocJSON:
            let scanner = JSONDocumentScanner(source: opened.source, displayName: name)
            var reader = BioCJSONReader(scanner: scanner, source: path, displayName: name)
            try reader.read(diagnostics: diagnostics, body)
        case .pubtator:
            let lines = LineReader(source: opened.source, path: name)
            var reader = PubTatorReader(lines: lines, source: path, displayName: name)
            try reader.read(diagnostics: diagnostics, body)
        case .medline:
            var reader = MedlineReader(
                lines: LineReader(source: opened.source, path: name), source: path, displayName: name)
            try reader.read(body)
        case .jsonl:
            var reader = JSONLinesReader(
                lines: LineReader(source: opened.source, path: name), source: path, displayName: name)
            try reader.read(body)
        case .text, .auto:
            try body(readText(opened.source, path: path, name: name))
        }
    }

    /// All the documents of `input`, in file order (convenient for tests and small inputs).
    public func documents(in input: InputFile) throws -> [Document] {
        var documents: [Document] = []
        try read(input) { documents.append($0) }
        return documents
    }

    /// One plain-text document: the whole input, refused past ``ReadLimits/recordBytes``.
    private func readText(_ source: any ByteSource, path: String, name: String) throws -> Document {
        var bytes: [UInt8] = []
        while case let chunk = try source.nextChunk(), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
            if bytes.count > ReadLimits.recordBytes {
                throw ReadError.oversizedRecord(path: name, line: nil, what: "plain text (one abstract per file)")
            }
        }
        let layout = PlainTextLayout(text: String(decoding: bytes, as: UTF8.self))
        guard !layout.title.isEmpty || !layout.abstract.isEmpty else {
            throw ReadError.emptyFile(path: name)
        }
        return Document(
            id: layout.pmid ?? InputFile(path: path).fallbackDocumentID,
            pmid: layout.pmid,
            title: layout.title,
            abstract: layout.abstract,
            sections: layout.sections,
            source: path
        )
    }

    /// The file extensions read from a folder; other files (README, LICENSE…) are passed over.
    ///
    /// A file named on the command line is read whatever its extension.
    public static let folderExtensions: Set<String> = [
        "txt", "text", "xml", "gz", "pubtator", "json", "jsonl", "nbib", "medline", "bioc",
    ]

    /// The regular, non-hidden files under `folder` with a known extension, recursively, sorted by path.
    private static func files(inFolder folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
        else { throw ReadError.unreadableFile(path: folder, reason: "cannot list the folder") }
        var files: [String] = []
        for case let url as URL in enumerator {
            var isFolder: ObjCBool = false
            let path = url.path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                folderExtensions.contains(url.pathExtension.lowercased())
            {
                files.append(path)
            }
        }
        guard !files.isEmpty else { throw ReadError.emptyFolder(path: folder) }
        return files.sorted()
    }
}
