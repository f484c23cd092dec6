public import Foundation
public import LitGraphModel

/// A dictionary of entity names and synonyms, matched against token sequences.
///
/// Two file forms load into it. A vocabulary TSV (header `id, name, category, synonyms`, synonyms
/// separated by `|`) has one entity per row, every name and synonym a term. A compiled lexicon
/// (first line `litgraph-lexicon`, written by ``LexiconBuilder``; the built-in one is compiled) has
/// the keys already normalised, so it loads without tokenizing anything.
///
/// A term is stored under a normalised key: its word tokens joined by one space, with hyphens,
/// slashes and apostrophes dropped, Greek letters spelt out and British spellings made American,
/// so `hypothalamic-pituitary-adrenal axis` and `hypothalamic pituitary adrenal axis` meet.
/// Terms that look like symbols (no space, two capitals or a capital and a digit: `OXTR`, `5-HT`,
/// `ESR1`) and gene symbols match only with the same case; all others match in any case. Keys are
/// kept as 64-bit hashes (``LexiconKey``); lookup is a hash probe, so matching cost does not grow
/// with the number of terms.
public struct Lexicon: Sendable {
    /// The entities, in file order.
    public internal(set) var entities: [Entity] = []
    /// Case-insensitive terms: hash of the lower-cased key → entity index.
    var foldedTerms = LexiconKeyTable()
    /// Case-sensitive (symbol) terms: hash of the key as written → entity index.
    var exactTerms = LexiconKeyTable()
    /// Hashes of every proper word prefix of a case-insensitive key ("oxytocin" for "oxytocin
    /// receptor"), so matching stops extending a run that no term continues.
    var foldedPrefixes = LexiconKeyTable()
    /// Hashes of every proper word prefix of a case-sensitive key.
    var exactPrefixes = LexiconKeyTable()
    /// The largest number of word tokens in any term.
    public internal(set) var maximumTermLength = 1

    /// Loads a lexicon from TSV text; `source` names it in errors.
    ///
    /// - Throws: ``LexiconError`` for a missing header, a row without four columns, or an
    ///   unknown category.
    public init(tsv: String, source: String) throws {
        self.init()
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

    /// Loads a lexicon file: a compiled lexicon or a vocabulary TSV, told apart by the first line.
    ///
    /// - Throws: ``LexiconError`` when the file cannot be read or is malformed.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(source: url.path, problem: "cannot be read (\(error.localizedDescription))")
        }
        if data.starts(with: Array(Self.compiledMagic.utf8)) {
            try self.init(compiled: data, source: url.path)
            return
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(source: url.path, problem: "is not valid UTF-8")
        }
        try self.init(tsv: text, source: url.path)
    }

    /// An empty lexicon.
    init() {}

    /// The lexicon shipped with LitGraph: MeSH and HGNC compiled by ``LexiconBuilder``.
    public static func builtIn() throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv") else {
            throw LexiconError(source: "lexicon.tsv", problem: "the built-in lexicon is missing from the package")
        }
        return try Lexicon(contentsOf: url)
    }

    /// The entity whose term has this case-insensitive key, if any.
    func entity(foldedKey key: String) -> Entity? {
        foldedTerms[LexiconKey(key)].map { entities[Int($0)] }
    }

    /// Whether some term continues a run with these keys by at least one more word.
    func mayExtend(foldedKey: String, exactKey: String) -> Bool {
        foldedPrefixes[LexiconKey(foldedKey)] != nil || exactPrefixes[LexiconKey(exactKey)] != nil
    }

    /// The entity whose symbol term has this hashed key, if any.
    func entity(exact key: LexiconKey) -> Entity? {
        exactTerms[key].map { entities[Int($0)] }
    }

    /// The entity whose case-insensitive term has this hashed key, if any.
    func entity(folded key: LexiconKey) -> Entity? {
        foldedTerms[key].map { entities[Int($0)] }
    }

    /// Whether some term continues a run with these hashed keys by at least one more word.
    func mayExtend(folded: LexiconKey, exact: LexiconKey) -> Bool {
        foldedPrefixes[folded] != nil || exactPrefixes[exact] != nil
    }

    /// Records the hash of every proper word prefix of a key (the bytes before each space).
    ///
    /// The hash is FNV-1a, computed once over the key, so each prefix costs one table insertion.
    static func insertPrefixes(of key: some Collection<UInt8>, into table: inout LexiconKeyTable) {
        var hash = LexiconKey.offsetBasis
        for byte in key {
            if byte == UInt8(ascii: " ") { table.insert(LexiconKey(value: hash), value: 0) }
            hash = (hash ^ UInt64(byte)) &* LexiconKey.prime
        }
    }

    /// The entity whose symbol term has exactly this key, if any.
    func entity(exactKey key: String) -> Entity? {
        exactTerms[LexiconKey(key)].map { entities[Int($0)] }
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
            exactTerms.insert(LexiconKey(keys.exact), value: index)
            Self.insertPrefixes(of: Array(keys.exact.utf8), into: &exactPrefixes)
        } else {
            foldedTerms.insert(LexiconKey(keys.folded), value: index)
            Self.insertPrefixes(of: Array(keys.folded.utf8), into: &foldedPrefixes)
        }
    }

    /// Whether a term is matched case-sensitively: one word with two capitals, or a capital and a digit.
    ///
    /// One pass over the scalars; an ASCII scalar is a capital when it is `A`–`Z`, which is what
    /// its Unicode property says, so only other scalars look the property up.
    static func isSymbol(_ term: String) -> Bool {
        var capitals = 0
        var digits = 0
        for scalar in term.unicodeScalars {
            if Tokenizer.isSpace(scalar) { return false }
            if scalar.isASCII {
                if ("A"..."Z").contains(scalar) {
                    capitals += 1
                } else if ("0"..."9").contains(scalar) {
                    digits += 1
                }
            } else if scalar.properties.isUppercase {
                capitals += 1
            }
        }
        return capitals >= 2 || (capitals >= 1 && digits >= 1)
    }
}
