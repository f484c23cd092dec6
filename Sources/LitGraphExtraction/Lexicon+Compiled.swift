public import Foundation
import LitGraphModel

extension Lexicon {
    /// The first field of a compiled lexicon's first line.
    static let compiledMagic = "litgraph-lexicon"
    /// The compiled format's version, the second field of the first line.
    static let compiledVersion = 1

    /// Loads a compiled lexicon, as ``LexiconBuilder`` writes it.
    ///
    /// The first line is `litgraph-lexicon`, the format version, then the numbers of entities,
    /// folded keys and exact keys and the longest term in words, tab-separated. Each following line is
    /// one entity: `id`, `name`, `category`, its case-insensitive keys and its case-sensitive keys
    /// (each list joined by `|`, keys already normalised). Loading hashes key bytes in place and
    /// allocates no string per key.
    ///
    /// - Throws: ``LexiconError`` for a wrong header or version, or a malformed line.
    public init(compiled data: Data, source: String) throws {
        self.init()
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var reader = CompiledLexiconReader(bytes: buffer)
            var lineNumber = 0
            while let line = reader.nextLine() {
                lineNumber += 1
                if lineNumber == 1 {
                    try readCompiledHeader(buffer[line], source: source)
                } else if !line.isEmpty {
                    try addCompiledLine(line, of: &reader, source: source, number: lineNumber)
                }
            }
        }
        guard !entities.isEmpty else { throw LexiconError(source: source, problem: "holds no entities") }
    }

    private mutating func readCompiledHeader(_ line: Slice<UnsafeRawBufferPointer>, source: String) throws {
        let fields = String(decoding: line, as: UTF8.self).split(separator: "\t").map(String.init)
        let counts = fields.dropFirst(2).compactMap { Int($0) }
        guard fields.count == 6, fields[0] == Self.compiledMagic, counts.count == 4 else {
            throw LexiconError(source: source, line: 1, problem: "malformed compiled-lexicon header")
        }
        guard fields[1] == String(Self.compiledVersion) else {
            throw LexiconError(
                source: source, line: 1,
                problem:
                    "compiled-lexicon version \(fields[1]) is not \(Self.compiledVersion); rebuild it with litgraph lexicon build"
            )
        }
        entities.reserveCapacity(counts[0])
        foldedTerms = LexiconKeyTable(capacity: counts[1])
        exactTerms = LexiconKeyTable(capacity: counts[2])
        // Every key has fewer proper prefixes than words; most keys are one or two words.
        foldedPrefixes = LexiconKeyTable(capacity: counts[1] / 2)
        exactPrefixes = LexiconKeyTable(capacity: counts[2] / 8)
        maximumTermLength = max(1, counts[3])
    }

    private mutating func addCompiledLine(
        _ line: Range<Int>, of reader: inout CompiledLexiconReader, source: String, number: Int
    ) throws {
        guard let fields = reader.fields(of: line) else {
            let tabs = reader.bytes[line].filter { $0 == UInt8(ascii: "\t") }.count
            throw LexiconError(
                source: source, line: number, problem: "expected 5 tab-separated fields, found \(tabs + 1)")
        }
        guard let category = reader.category(in: fields.category) else {
            let name = String(decoding: reader.bytes[fields.category], as: UTF8.self)
            throw LexiconError(source: source, line: number, problem: "unknown category '\(name)'")
        }
        let index = Int32(entities.count)
        entities.append(
            Entity(
                id: String(decoding: reader.bytes[fields.id], as: UTF8.self),
                name: String(decoding: reader.bytes[fields.name], as: UTF8.self), category: category))
        reader.insertKeys(in: fields.folded, entity: index, into: &foldedTerms, prefixes: &foldedPrefixes)
        reader.insertKeys(in: fields.exact, entity: index, into: &exactTerms, prefixes: &exactPrefixes)
    }
}
