import LitGraphModel

extension OrthologTable {
    /// The header line of the file form.
    static let header = "human_id\tspecies\tortholog_id\tname\tsupport"

    /// Loads a table from its TSV form; `source` names it in errors.
    ///
    /// - Throws: ``TrainedFileError`` for a missing header, a row without five columns, an
    ///   unknown species or a support that is not a number.
    public init(tsv: String, source: String) throws {
        var entries: [Entry] = []
        var sawHeader = false
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if row.isEmpty || row.hasPrefix("#") { continue }
            guard sawHeader else {
                guard row == Self.header else {
                    throw TrainedFileError(.orthologTable, source: source, line: lineNumber, problem: "missing header")
                }
                sawHeader = true
                continue
            }
            entries.append(try Self.entry(row, source: source, line: lineNumber))
        }
        guard sawHeader else { throw TrainedFileError(.orthologTable, source: source, problem: "missing header") }
        self.init(entries: entries)
    }

    private static func entry(_ row: Substring, source: String, line: Int) throws -> Entry {
        let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.count == 5 else {
            throw TrainedFileError(
                .orthologTable,
                source: source, line: line, problem: "expected 5 tab-separated columns, found \(columns.count)")
        }
        guard let species = Species(rawValue: columns[1]) else {
            throw TrainedFileError(
                .orthologTable, source: source, line: line, problem: "unknown species '\(columns[1])'")
        }
        guard let support = Int(columns[4]), support > 0 else {
            throw TrainedFileError(
                .orthologTable, source: source, line: line, problem: "support '\(columns[4])' is not a count")
        }
        let entity = Entity(id: columns[2], name: columns[3], category: .geneOrProtein)
        return Entry(humanID: columns[0], species: species, entity: entity, support: support)
    }

    /// The table in its TSV form, `comment` lines first; byte-for-byte stable for the same entries.
    public func tsv(comment: [String] = []) -> String {
        var text = comment.map { "# \($0)\n" }.joined()
        text += Self.header + "\n"
        for entry in entries {
            let columns = [
                entry.humanID, entry.species.rawValue, entry.entity.id, entry.entity.name, String(entry.support),
            ]
            text += columns.joined(separator: "\t") + "\n"
        }
        return text
    }
}
