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
            var lineStart = 0
            var lineNumber = 0
            while lineStart < buffer.count {
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                lineNumber += 1
                let line = buffer[lineStart..<lineEnd]
                if lineNumber == 1 {
                    try readCompiledHeader(line, source: source)
                } else if !line.isEmpty {
                    try addCompiledLine(line, source: source, line: lineNumber)
                }
                lineStart = lineEnd + 1
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
        maximumTermLength = max(1, counts[3])
    }

    private mutating func addCompiledLine(_ line: Slice<UnsafeRawBufferPointer>, source: String, line number: Int)
        throws
    {
        var tabs = (0, 0, 0, 0)
        var tabCount = 0
        for index in line.indices where line[index] == UInt8(ascii: "\t") {
            switch tabCount {
            case 0: tabs.0 = index
            case 1: tabs.1 = index
            case 2: tabs.2 = index
            case 3: tabs.3 = index
            default: break
            }
            tabCount += 1
        }
        guard tabCount == 4 else {
            throw LexiconError(
                source: source, line: number, problem: "expected 5 tab-separated fields, found \(tabCount + 1)")
        }
        let fields = (
            line[line.startIndex..<tabs.0], line[(tabs.0 + 1)..<tabs.1], line[(tabs.1 + 1)..<tabs.2],
            line[(tabs.2 + 1)..<tabs.3], line[(tabs.3 + 1)..<line.endIndex]
        )
        let categoryName = String(decoding: fields.2, as: UTF8.self)
        guard let category = EntityCategory(rawValue: categoryName) else {
            throw LexiconError(source: source, line: number, problem: "unknown category '\(categoryName)'")
        }
        let index = Int32(entities.count)
        entities.append(
            Entity(
                id: String(decoding: fields.0, as: UTF8.self), name: String(decoding: fields.1, as: UTF8.self),
                category: category))
        Self.insertKeys(fields.3, entity: index, into: &foldedTerms, prefixes: &foldedPrefixes)
        Self.insertKeys(fields.4, entity: index, into: &exactTerms, prefixes: &exactPrefixes)
    }

    private static func insertKeys(
        _ field: Slice<UnsafeRawBufferPointer>,
        entity index: Int32,
        into table: inout LexiconKeyTable,
        prefixes: inout LexiconKeyTable
    ) {
        guard !field.isEmpty else { return }
        var keyStart = field.startIndex
        for position in field.indices where field[position] == UInt8(ascii: "|") {
            table.insert(LexiconKey(bytes: field[keyStart..<position]), value: index)
            insertPrefixes(of: field[keyStart..<position], into: &prefixes)
            keyStart = position + 1
        }
        table.insert(LexiconKey(bytes: field[keyStart..<field.endIndex]), value: index)
        insertPrefixes(of: field[keyStart..<field.endIndex], into: &prefixes)
    }
}
