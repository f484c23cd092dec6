import LitGraphModel

/// Turns the rows of a LitGraph vocabulary TSV into entries, one per row.
///
/// The first line is the header `id<TAB>name<TAB>synonyms<TAB>category` (case-insensitive).
/// Each row has exactly those four fields: a CURIE (`prefix:local`), a non-empty name, synonyms
/// separated by `|` (may be empty) and an ``LitGraphModel/EntityCategory`` raw value (`chemical`,
/// `gene`, `disease`…). Blank lines and lines starting with `#` are skipped.
struct TSVVocabularyReader {
    /// The header every file starts with, lowercased.
    static let header = ["id", "name", "synonyms", "category"]

    /// The lines of the file.
    var lines: LineReader
    /// How errors name the input.
    let displayName: String

    /// Streams the file's rows to `body` in file order.
    mutating func read(_ body: (VocabularyEntry) throws -> Void) throws {
        guard let first = try lines.nextLine() else { throw VocabularyError.emptyFile(path: displayName) }
        let names = first.split(separator: "\t", omittingEmptySubsequences: false).map {
            OBOValue.trimmed($0).lowercased()
        }
        guard names == Self.header else { throw VocabularyError.badTSVHeader(path: displayName, found: first) }
        while let line = try lines.nextLine() {
            if OBOValue.trimmed(Substring(line)).isEmpty || line.hasPrefix("#") { continue }
            try body(try entry(from: line))
        }
    }

    /// The entry one row holds; throws naming the line when the row is malformed.
    private func entry(from line: String) throws -> VocabularyEntry {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            String(OBOValue.trimmed($0))
        }
        guard fields.count == Self.header.count else {
            throw rowError("expected 4 tab-separated fields, found \(fields.count)")
        }
        let (id, name, synonyms, rawCategory) = (fields[0], fields[1].collapsingWhitespace, fields[2], fields[3])
        let prefix = id.prefix { $0 != ":" }
        guard !prefix.isEmpty, prefix.count < id.count - 1, !id.contains(" ") else {
            throw rowError("identifier \"\(id)\" is not a CURIE such as MESH:D010121 or HP:0000729")
        }
        guard !name.isEmpty else { throw rowError("empty name for \(id)") }
        guard let category = EntityCategory(rawValue: rawCategory) else {
            throw VocabularyError.unknownCategory(path: displayName, line: lines.lineNumber, value: rawCategory)
        }
        let names = synonyms.split(separator: "|").map { String($0).collapsingWhitespace }
        return VocabularyEntry(
            id: id, name: name, category: category,
            synonyms: VocabularyReader.synonyms(names, excluding: name))
    }

    private func rowError(_ detail: String) -> VocabularyError {
        .badTSVRow(path: displayName, line: lines.lineNumber, detail: detail)
    }
}
