public import LitGraphModel

/// Reads vocabulary files — MeSH descriptor XML, OBO ontologies and LitGraph's TSV, each
/// optionally gzipped — into ``VocabularyEntry`` values for `litgraph lexicon import`.
///
/// Files are streamed: memory holds one record at a time (plus what the caller keeps). Problems
/// with the bytes throw ``ReadError``; problems with the vocabulary's structure throw
/// ``VocabularyError``, naming the file and line.
public struct VocabularyReader: Sendable {
    /// The category of OBO terms whose identifier prefix is not one
    /// ``LitGraphModel/EntityCategory/forOBOPrefix(_:)`` knows; `nil` means `other`.
    public var fallbackCategory: EntityCategory?
    /// Which OBO synonyms become entry synonyms; ``OBOSynonymScope/recognised`` by default.
    public var synonymScopes: Set<OBOSynonymScope>

    /// Creates a reader.
    public init(
        fallbackCategory: EntityCategory? = nil, synonymScopes: Set<OBOSynonymScope> = OBOSynonymScope.recognised
    ) {
        self.fallbackCategory = fallbackCategory
        self.synonymScopes = synonymScopes
    }

    /// Streams the entries of the file at `path` (`-` for standard input) to `body`, in file order.
    ///
    /// MeSH: one entry per `DescriptorRecord` (`MESH:` + `DescriptorUI`, the descriptor name, every
    /// term of every concept as a synonym, the category from the first tree number). OBO: one
    /// entry per non-obsolete `[Term]` with a name. TSV: one entry per row.
    /// - Throws: ``ReadError`` or ``VocabularyError`` (entries before the error were handed over),
    ///   and whatever `body` throws.
    public func read(_ path: String, format: VocabularyFormat = .auto, _ body: (VocabularyEntry) throws -> Void)
        throws
    {
        let input = InputFile(path: path)
        let opened = try open(input, format: format)
        var count = 0
        let counting: (VocabularyEntry) throws -> Void = { entry in
            count += 1
            try body(entry)
        }
        switch opened.format {
        case .meshXML, .auto:
            var reader = MeSHDescriptorReader(
                tokenizer: XMLTokenizer(source: opened.source, path: input.displayName),
                displayName: input.displayName
            )
            try reader.read(counting)
        case .obo:
            var reader = OBOReader(
                lines: LineReader(source: opened.source, path: input.displayName), displayName: input.displayName,
                fallbackCategory: fallbackCategory, synonymScopes: synonymScopes)
            try reader.read(counting)
        case .tsv:
            var reader = TSVVocabularyReader(
                lines: LineReader(source: opened.source, path: input.displayName), displayName: input.displayName)
            try reader.read(counting)
        }
        guard count > 0 else { throw VocabularyError.noEntries(path: input.displayName, format: opened.format) }
    }

    /// All the entries of the file at `path`, in file order.
    ///
    /// - Throws: ``ReadError`` or ``VocabularyError``.
    public func entries(from path: String, format: VocabularyFormat = .auto) throws -> [VocabularyEntry] {
        var entries: [VocabularyEntry] = []
        try read(path, format: format) { entries.append($0) }
        return entries
    }

    /// `names` in order without repeats, empty names or `preferred` itself.
    static func synonyms(_ names: [String], excluding preferred: String) -> [String] {
        var seen: Set<String> = [preferred]
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
