import Foundation
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
    /// Categories already read, with their bytes: a file has a handful of them, and a field is
    /// compared with each one's bytes (lengths first) until one holds it.
    private var categories: [(category: EntityCategory, bytes: [UInt8])] = []

    /// A reader at the start of `bytes`.
    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The next line, without its line feed; `nil` at the end.
    mutating func nextLine() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let end = offset(of: UInt8(ascii: "\n"), in: position..<bytes.count) ?? bytes.count
        defer { position = end + 1 }
        return position..<end
    }

    /// The offset of the first `byte` in `range`, if any.
    ///
    /// Found by the C library's `memchr`, which reads many bytes per step: the built-in lexicon's
    /// lines and fields were found a byte at a time, at about 7 instructions per byte, a quarter of
    /// the load. The pointer and length come from `range`, which lies inside ``bytes``.
    private func offset(of byte: UInt8, in range: Range<Int>) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        guard !range.isEmpty, let base = bytes.baseAddress,
            let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// A line's five fields; `nil` when it does not have exactly four tabs.
    func fields(of line: Range<Int>) -> Fields? {
        let tab = UInt8(ascii: "\t")
        guard let first = offset(of: tab, in: line),
            let second = offset(of: tab, in: (first + 1)..<line.upperBound),
            let third = offset(of: tab, in: (second + 1)..<line.upperBound),
            let fourth = offset(of: tab, in: (third + 1)..<line.upperBound),
            offset(of: tab, in: (fourth + 1)..<line.upperBound) == nil
        else { return nil }
        let tabs = (first, second, third, fourth)
        return Fields(
            id: line.lowerBound..<tabs.0, name: (tabs.0 + 1)..<tabs.1, category: (tabs.1 + 1)..<tabs.2,
            folded: (tabs.2 + 1)..<tabs.3, exact: (tabs.3 + 1)..<line.upperBound)
    }

    /// The category named by the bytes of `field`, if it is one.
    mutating func category(in field: Range<Int>) -> EntityCategory? {
        if let known = categories.first(where: { holds($0.bytes, in: field) }) {
            return known.category
        }
        guard let category = EntityCategory(rawValue: String(decoding: bytes[field], as: UTF8.self)) else {
            return nil
        }
        categories.append((category, Array(category.rawValue.utf8)))
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

    /// Whether the bytes of `field` are `text` (a category's UTF-8, kept as bytes: reading a
    /// string's UTF-8 view for every line cost more than the rest of the line's category test).
    private func holds(_ text: [UInt8], in field: Range<Int>) -> Bool {
        guard text.count == field.count else { return false }
        var index = field.lowerBound
        for byte in text {
            guard bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }
}
