/// An open-addressing hash table from ``LexiconKey`` to an entity index, for the lexicon's terms.
///
/// One flat array of slots and linear probing: no per-entry allocation and no `Hasher` round, so the
/// built-in lexicon's few hundred thousand keys load in milliseconds. A slot holds a key's hash
/// and its value side by side, so a probe of the large table (most lookups miss, and the table does
/// not fit in the processor's caches) reads one cache line, not one in a key array and another in
/// a value array. The first insertion of a key wins; the table doubles when it is half full.
///
/// Most lookups are of text that names nothing, and the large tables do not fit in the processor's
/// caches, so a bit array four times the table's size, one bit per key (a one-hash Bloom filter,
/// small enough to stay in cache), answers most misses without touching the table: a key whose bit
/// is clear was never inserted.
struct LexiconKeyTable: Sendable {
    /// One slot: a key's hash and its value, or an empty slot (value −1).
    private struct Slot: Sendable {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    /// One bit per possible key hash bucket; set for every key inserted.
    private var filter: [UInt64]
    private var filterMask: Int
    /// The number of keys stored.
    private(set) var count = 0

    /// Creates a table with room for `capacity` keys before it grows.
    init(capacity: Int = 64) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
        filter = Array(repeating: 0, count: size * 4 / 64)
        filterMask = size * 4 - 1
    }

    /// The entity index stored for `key`, if any.
    subscript(key: LexiconKey) -> Int32? {
        let bit = Self.bit(of: key.value, mask: filterMask)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = Self.slot(of: key.value, mask: mask)
        while slots[slot].value >= 0 {
            if slots[slot].key == key.value { return slots[slot].value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key` unless the key is already there.
    mutating func insert(_ key: LexiconKey, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Self.slot(of: key.value, mask: mask)
        while slots[slot].value >= 0 {
            if slots[slot].key == key.value { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key.value, value: value)
        let bit = Self.bit(of: key.value, mask: filterMask)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        count += 1
    }

    private mutating func grow() {
        var larger = LexiconKeyTable(capacity: slots.count)
        for slot in slots where slot.value >= 0 {
            larger.insert(LexiconKey(value: slot.key), value: slot.value)
        }
        self = larger
    }

    /// A filter bit from the hash's low bits, mixed by another multiplication, so that keys sharing
    /// a slot rarely share a bit.
    private static func bit(of value: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0xC2B2_AE3D_27D4_EB4F) >> 29) & mask
    }

    /// A slot from the hash's high bits, mixed by a multiplication (Fibonacci hashing).
    private static func slot(of value: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }
}
