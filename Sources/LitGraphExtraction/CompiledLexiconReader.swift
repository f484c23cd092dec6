import LitGraphModel

/// Reads a compiled lexicon's bytes (``Lexicon/init(compiled:source:)``): lines, their five
/// tab-separated fields, categories and `|`-separated keys, all as offsets into one buffer.
///
/// Working on integer offsets into the raw buffer, rather than on slices of it, keeps the loop free
/// of generic collection machinery; the built-in lexicon's 14 MB are read in one pass with one
/// string made per entity identifier and name, and none per key.
struct CompiledLexiconReader {
    /// The five fields of an entity line.
    struct Fields {
        var id: Range<Int>
        var name: Range<Int>
        var category: Range<Int>
        /// The case-insensitive keys, joined by `|`.
        var folded: Range<Int>
        /// The case-sensitive keys, joined by `|`.
        var exact: Range<Int>
    }

    /// The whole file.
    let bytes: UnsafeRawBufferPointer
    private var position = 0
    /// Categories already read, by the hash of their bytes: a file has a handful of them.
    private var categories: [(hash: UInt64, category: EntityCategory)] = []

    /// A reader at the start of `bytes`.
    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The next line, without its line feed; `nil` at the end.
    mutating func nextLine() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        defer { position = end + 1 }
        return position..<end
    }

    /// A line's five fields; `nil` when it does not have exactly four tabs.
    func fields(of line: Range<Int>) -> Fields? {
        var tabs = (0, 0, 0, 0)
        var count = 0
        for index in line where bytes[index] == UInt8(ascii: "\t") {
            switch count {
            case 0: tabs.0 = index
            case 1: tabs.1 = index
            case 2: tabs.2 = index
            case 3: tabs.3 = index
            default: return nil
            }
            count += 1
        }
        guard count == 4 else { return nil }
        return Fields(
            id: line.lowerBound..<tabs.0, name: (tabs.0 + 1)..<tabs.1, category: (tabs.1 + 1)..<tabs.2,
            folded: (tabs.2 + 1)..<tabs.3, exact: (tabs.3 + 1)..<line.upperBound)
    }

    /// The category named by the bytes of `field`, if it is one.
    mutating func category(in field: Range<Int>) -> EntityCategory? {
        let hash = Self.hash(bytes, field)
        if let known = categories.first(where: { $0.hash == hash }), holds(known.category.rawValue, in: field) {
            return known.category
        }
        guard let category = EntityCategory(rawValue: String(decoding: bytes[field], as: UTF8.self)) else {
            return nil
        }
        categories.append((hash, category))
        return category
    }

    /// Stores every key of a `|`-separated field for `entity`, and every key's proper word prefixes.
    func insertKeys(
        in field: Range<Int>, entity: Int32, into table: inout LexiconKeyTable, prefixes: inout LexiconKeyTable
    ) {
        guard !field.isEmpty else { return }
        var hash = LexiconKey.offsetBasis
        for index in field {
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") {
                table.insert(LexiconKey(value: hash), value: entity)
                hash = LexiconKey.offsetBasis
                continue
            }
            // The hash so far is a proper word prefix's when a space follows it.
            if byte == UInt8(ascii: " ") { prefixes.insert(LexiconKey(value: hash), value: 0) }
            hash = (hash ^ UInt64(byte)) &* LexiconKey.prime
        }
        table.insert(LexiconKey(value: hash), value: entity)
    }

    /// Whether the bytes of `field` are the UTF-8 of `text`.
    private func holds(_ text: String, in field: Range<Int>) -> Bool {
        guard text.utf8.count == field.count else { return false }
        var index = field.lowerBound
        for byte in text.utf8 {
            guard bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64 {
        var hash = LexiconKey.offsetBasis
        for index in range { hash = (hash ^ UInt64(bytes[index])) &* LexiconKey.prime }
        return hash
    }
}
