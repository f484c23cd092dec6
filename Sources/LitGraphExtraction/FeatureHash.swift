/// Two independent 64-bit hashes of a relation-model feature name, computed byte by byte as the
/// name's pieces are appended (``FeatureSink``), and whether every byte was ASCII.
///
/// The first is FNV-1a (as ``LexiconKey``), which places the name in ``FeatureIndex``'s table; the
/// second, a multiply-and-shift hash, confirms the hit. Two different names agree on both with a
/// chance of about 2⁻¹²⁸, so a name need not be built, or its bytes compared, to be found.
struct FeatureHash: Sendable, Hashable {
    /// The FNV-1a hash.
    private(set) var first = LexiconKey.offsetBasis
    /// The confirming hash.
    private(set) var second: UInt64 = 0x243F_6A88_85A3_08D3
    /// Whether every byte so far was ASCII.
    private(set) var isASCII = true

    /// The hash of the empty name.
    init() {}

    /// The hash of `text`.
    init(_ text: String) {
        self = FeatureHash().appending(text)
    }

    /// The hash of this name followed by `text`.
    func appending(_ text: String) -> FeatureHash {
        guard !text.isEmpty else { return self }
        var hash = self
        // A native string's bytes are read from its buffer; any other string through its view.
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash.append(byte) }
        }
        if read == nil {
            for byte in text.utf8 { hash.append(byte) }
        }
        return hash
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        first = (first ^ UInt64(byte)) &* LexiconKey.prime
        second = (second &+ UInt64(byte)) &* 0xFF51_AFD7_ED55_8CCD
        second ^= second >> 29
        if byte >= 0x80 { isASCII = false }
    }
}
