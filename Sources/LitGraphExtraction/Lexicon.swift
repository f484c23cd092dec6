public import Foundation
public import LitGraphModel

/// A dictionary of entity names and synonyms, matched against token sequences.
///
/// Each TSV row (`id`, `name`, `category`, `synonyms` separated by `|`) is one entity; every name
/// and synonym is a term. A term is stored under a normalised key: its word tokens joined by one
/// space, with hyphens, slashes and apostrophes dropped and Greek letters spelt out, so
/// `hypothalamic-pituitary-adrenal axis` and `hypothalamic pituitary adrenal axis` meet. Terms
/// that look like symbols (no space, two capitals or a capital and a digit: `OXTR`, `5-HT`,
/// `ESR1`) match only with the same case; all others match in any case. Lookup is a hash probe,
/// so matching cost does not grow with the number of terms.
public struct Lexicon: Sendable {
    /// The entities, in file order.
    public private(set) var entities: [Entity] = []
    /// Case-insensitive terms: lower-cased key → entity index.
    private var foldedTerms: [String: Int32] = [:]
    /// Case-sensitive (symbol) terms: key as written → entity index.
    private var exactTerms: [String: Int32] = [:]
    /// The largest number of word tokens in any term.
    public private(set) var maximumTermLength = 1

    /// Loads a lexicon from TSV text; `source` names it in errors.
    ///
    /// - Throws: ``LexiconError`` for a missing header, a row without four columns, or an
    ///   unknown category.
    public init(tsv: String, source: String) throws {
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if lineNumber == 1 {
                guard row.hasPrefix("id\tname\tcategory") else {
                    throw LexiconError(source: source, line: 1, problem: "missing header")
                }
                continue
            }
            if row.isEmpty { continue }
            try addRow(row, source: source, line: lineNumber)
        }
    }

    /// Loads a lexicon from a TSV file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(source: url.path, problem: "cannot be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(source: url.path, problem: "is not valid UTF-8")
        }
        try self.init(tsv: text, source: url.path)
    }

    /// The lexicon shipped with LitGraph.
    public static func builtIn() throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv") else {
            throw LexiconError(source: "lexicon.tsv", problem: "the built-in lexicon is missing from the package")
        }
        return try Lexicon(contentsOf: url)
    }

    /// The entity whose term has this case-insensitive key, if any.
    func entity(foldedKey key: String) -> Entity? {
        foldedTerms[key].map { entities[Int($0)] }
    }

    /// The entity whose symbol term has exactly this key, if any.
    func entity(exactKey key: String) -> Entity? {
        exactTerms[key].map { entities[Int($0)] }
    }

    /// The entity a name or synonym denotes, looked up the way text is matched.
    public func entity(named name: String) -> Entity? {
        let tokens = Tokenizer().tokens(
            of: Array(name.unicodeScalars), in: TextSpan(start: 0, end: name.unicodeScalars.count))
        guard let keys = Self.keys(for: tokens[...]) else { return nil }
        return entity(exactKey: keys.exact) ?? entity(foldedKey: keys.folded)
    }

    private mutating func addRow(_ row: Substring, source: String, line: Int) throws {
        let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count >= 3 else {
            throw LexiconError(
                source: source, line: line, problem: "expected 4 tab-separated columns, found \(columns.count)")
        }
        let name = String(columns[1])
        guard let category = EntityCategory(rawValue: String(columns[2])) else {
            let known = EntityCategory.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconError(
                source: source, line: line, problem: "unknown category '\(columns[2])' (known: \(known))")
        }
        guard !name.isEmpty else { throw LexiconError(source: source, line: line, problem: "empty name") }
        let id = columns[0].isEmpty ? Entity.localIdentifier(for: name) : String(columns[0])
        let index = Int32(entities.count)
        entities.append(Entity(id: id, name: name, category: category))
        var terms = [name]
        if columns.count > 3 { terms += columns[3].split(separator: "|").map(String.init) }
        for term in terms { addTerm(term, entity: index) }
    }

    private mutating func addTerm(_ term: String, entity index: Int32) {
        let scalars = Array(term.unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        guard let keys = Self.keys(for: tokens[...]) else { return }
        maximumTermLength = max(maximumTermLength, keys.wordCount)
        if Self.isSymbol(term) {
            if exactTerms[keys.exact] == nil { exactTerms[keys.exact] = index }
        } else if foldedTerms[keys.folded] == nil {
            foldedTerms[keys.folded] = index
        }
    }

    /// Whether a term is matched case-sensitively: one word with two capitals, or a capital and a digit.
    static func isSymbol(_ term: String) -> Bool {
        guard !term.unicodeScalars.contains(where: { Tokenizer.isSpace($0) }) else { return false }
        let capitals = term.unicodeScalars.filter { $0.properties.isUppercase }.count
        let digits = term.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        return capitals >= 2 || (capitals >= 1 && digits >= 1)
    }
}
