/// A set of lower-cased words, such as ``CueWords``' classes, with a bit filter that answers most
/// misses without hashing the word as a `Set<String>` does.
///
/// A word's filter bit is chosen by an FNV-1a hash of its UTF-8 bytes. Swift compares strings by
/// canonical equivalence, which equal bytes only match for ASCII: so the filter is consulted only
/// for an ASCII word, and only when every member is ASCII; any other word is looked up in the set.
/// A clear bit then means the word is no member; a set bit, that the set must be asked.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The members.
    let members: Set<String>
    /// One bit per filter slot, set for each slot a member's hash falls in.
    private var bits: [UInt64]
    /// Whether the filter may answer: every member is ASCII.
    private let filters: Bool

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        members = Set(words)
        // About 32 slots per member keeps false hits near 3 %.
        var slots = 1024
        while slots < members.count * 32 { slots <<= 1 }
        bits = Array(repeating: 0, count: slots / 64)
        var allASCII = true
        for word in members {
            guard let hash = Self.asciiHash(word) else {
                allASCII = false
                continue
            }
            let slot = Int(truncatingIfNeeded: hash) & (slots - 1)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        filters = allASCII
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is a member.
    func contains(_ word: String) -> Bool {
        mayContain(word) && members.contains(word)
    }

    /// `false` when `word` is certainly no member; `true` when it may be one.
    func mayContain(_ word: String) -> Bool {
        guard filters, let hash = Self.asciiHash(word) else { return true }
        let slot = Int(truncatingIfNeeded: hash) & (bits.count * 64 - 1)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    /// The FNV-1a hash of an ASCII word's bytes; `nil` when a byte is not ASCII.
    static func asciiHash(_ word: String) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        // A native string's bytes are read from its buffer; a small one's through its view.
        let read: Void? = word.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                high |= byte
            }
        }
        if read == nil {
            for byte in word.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                high |= byte
            }
        }
        return high < 0x80 ? hash : nil
    }
}
