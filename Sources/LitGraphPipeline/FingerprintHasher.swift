/// A 64-bit hash of many strings for ``ExtractorFingerprint``, eight bytes at a time: the built-in
/// lexicon's 180,000 entities are hashed several times faster than byte by byte
/// (``LitGraphStore/ContentHasher``), with no copy of their bytes.
///
/// A string is mixed in as its UTF-8 length then its bytes, so field boundaries are unambiguous.
/// Not cryptographic: it tells versions of a lexicon or model apart, it does not resist forgery.
struct FingerprintHasher {
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash so far, with a final avalanche so that sums of hashes keep every bit mixed.
    var value: UInt64 {
        var mixed = state
        mixed ^= mixed >> 33
        mixed = mixed &* 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        return mixed
    }

    /// Mixes in a string: its UTF-8 length, then its bytes.
    mutating func combine(_ text: String) {
        // A native string's bytes are read in place; a small one's (up to 15 bytes, stored in the
        // string itself) through its view, eight to a word as the block path packs them.
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { combine(UnsafeRawBufferPointer($0)) }
        guard read == nil else { return }
        mix(UInt64(text.utf8.count))
        var word: UInt64 = 0
        var shift: UInt64 = 0
        for byte in text.utf8 {
            word |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                mix(word)
                (word, shift) = (0, 0)
            }
        }
        if shift > 0 { mix(word) }
    }

    /// Mixes in an integer.
    mutating func combine(_ value: Int) {
        mix(UInt64(UInt(bitPattern: value)))
    }

    /// Mixes in a block's length, then its bytes: whole 8-byte words, then the rest as one word.
    private mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        // Bounds: each load reads the 8 bytes at `offset`, below `offset + 8 <= count`.
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        guard offset < bytes.count else { return }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* Self.prime
        state ^= state >> 29
    }

    /// A hash of a relation model's weights that does not depend on their order: the wrapping sum
    /// of each feature's own hash (its name and weights), so the names need no sort.
    static func value(of weights: [String: [Double]]) -> UInt64 {
        var total: UInt64 = 0
        for (feature, row) in weights {
            var entry = FingerprintHasher()
            entry.combine(feature)
            entry.combine(row.count)
            for weight in row { entry.combine(Int(bitPattern: UInt(weight.bitPattern))) }
            total &+= entry.value
        }
        return total
    }
}
