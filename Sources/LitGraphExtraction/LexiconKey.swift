/// A 64-bit FNV-1a hash of a normalised lexicon key, the form in which the lexicon stores terms.
///
/// Storing hashes instead of strings lets the whole lexicon (about a million keys) load without one
/// string allocation per key. With 64 bits the chance that two of a million keys collide is about
/// 3 in 100 million, and the chance that a given span of text falsely hits some key is about
/// 1 in 10¹³; both are far below the error rate of the vocabularies themselves.
struct LexiconKey: Sendable, Hashable {
    /// The hash value.
    let value: UInt64

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// A key from a stored hash value.
    init(value: UInt64) {
        self.value = value
    }

    /// The hash of a key string (its UTF-8 bytes).
    init(_ key: some StringProtocol) {
        func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash = Self.offsetBasis
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* Self.prime
            }
            return hash
        }
        // A native string's bytes are read from its buffer; any other string through its view.
        value = key.utf8.withContiguousStorageIfAvailable(hash) ?? hash(key.utf8)
    }

    /// The hash of this key's string followed by `byte`.
    func appending(_ byte: UInt8) -> LexiconKey {
        LexiconKey(value: (value ^ UInt64(byte)) &* Self.prime)
    }

    /// The hash of this key's string followed by `text`.
    func appending(_ text: String) -> LexiconKey {
        var hash = value
        // A native string's bytes are read from its buffer; any other string through its view.
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* Self.prime }
        }
        if read == nil {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* Self.prime }
        }
        return LexiconKey(value: hash)
    }

}
