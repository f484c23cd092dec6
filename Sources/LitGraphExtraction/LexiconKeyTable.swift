/// An open-addressing hash table from ``LexiconKey`` to an entity index, for the lexicon's terms.
///
/// Two flat arrays and linear probing: no per-entry allocation and no `Hasher` round, so the
/// built-in lexicon's few hundred thousand keys load in milliseconds. The first insertion of a key
/// wins; the table doubles when it is half full.
struct LexiconKeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The number of keys stored.
    private(set) var count = 0

    /// Creates a table with room for `capacity` keys before it grows.
    init(capacity: Int = 64) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The entity index stored for `key`, if any.
    subscript(key: LexiconKey) -> Int32? {
        var slot = Self.slot(of: key.value, mask: mask)
        while values[slot] >= 0 {
            if keys[slot] == key.value { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key` unless the key is already there.
    mutating func insert(_ key: LexiconKey, value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(of: key.value, mask: mask)
        while values[slot] >= 0 {
            if keys[slot] == key.value { return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key.value
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        var larger = LexiconKeyTable(capacity: keys.count)
        for slot in values.indices where values[slot] >= 0 {
            larger.insert(LexiconKey(value: keys[slot]), value: values[slot])
        }
        self = larger
    }

    /// A slot from the hash's high bits, mixed by a multiplication (Fibonacci hashing).
    private static func slot(of value: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }
}
