/// The last eight bytes of a word, kept in one integer as the word is read, so that "does it end
/// in `-ise`?" is one masked comparison instead of a walk back over a string.
struct WordTail: Sendable, Equatable {
    /// The bytes, the last one in the lowest eight bits.
    private(set) var bytes: UInt64 = 0
    /// How many bytes were appended (not capped at eight).
    private(set) var count = 0

    /// An empty tail.
    init() {}

    /// The tail whose bytes, the last one lowest, are `bytes`, after `count` bytes were appended: a
    /// suffix written as a constant, which a `static let` then holds without a lazy initialiser.
    init(bytes: UInt64, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// The tail of `text`: a word to test, or a suffix of at most eight bytes to compare with.
    init(_ text: String) {
        // A native string's bytes are read from its buffer; any other string through its view.
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { append(byte) }
        }
        if read == nil {
            for byte in text.utf8 { append(byte) }
        }
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        bytes = bytes << 8 | UInt64(byte)
        count += 1
    }

    /// Whether the word read ends with `suffix` (a tail made from a suffix of at most eight bytes).
    @inline(__always)
    func ends(with suffix: WordTail) -> Bool {
        guard count >= suffix.count else { return false }
        let mask: UInt64 = suffix.count >= 8 ? .max : (1 << (8 * UInt64(suffix.count))) - 1
        return bytes & mask == suffix.bytes
    }
}
