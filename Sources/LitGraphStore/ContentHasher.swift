/// A 64-bit FNV-1a hash over a canonical serialization: deterministic across processes and
/// platforms (unlike `hashValue`, which Swift seeds per process).
///
/// Every string is written as its UTF-8 length then its bytes, so field boundaries are unambiguous.
/// Not cryptographic: it tells versions of one document apart, it does not resist forgery.
public struct ContentHasher: Sendable {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private var state = Self.offsetBasis

    /// A hasher in its initial state.
    public init() {}

    /// The hash as 16 lowercase hexadecimal digits.
    public var hexDigest: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Mixes in one byte.
    public mutating func combine(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* Self.prime
    }

    /// Mixes in an integer as 8 little-endian bytes.
    public mutating func combine(_ value: Int) {
        var bits = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            combine(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    /// Mixes in a Boolean as one byte.
    public mutating func combine(_ value: Bool) {
        combine(byte: value ? 1 : 0)
    }

    /// Mixes in a string: its UTF-8 length, then its UTF-8 bytes.
    public mutating func combine(_ value: String) {
        var value = value
        value.withUTF8 { bytes in
            combine(bytes.count)
            for byte in bytes { combine(byte: byte) }
        }
    }

    /// Mixes in an optional string, distinguishing `nil` from any string.
    public mutating func combine(_ value: String?) {
        combine(value != nil)
        if let value { combine(value) }
    }

    /// Mixes in an optional integer, distinguishing `nil` from any integer.
    public mutating func combine(_ value: Int?) {
        combine(value != nil)
        if let value { combine(value) }
    }

    /// Mixes in a block of bytes (a file's contents): its length, then the bytes eight at a time.
    ///
    /// Several times faster than byte by byte, for digests of large files. It is not the same
    /// function as combining a string of the same bytes, which stays byte by byte so that stored
    /// content hashes keep their values.
    public mutating func combine(block bytes: UnsafeRawBufferPointer) {
        combine(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            state = (state ^ word) &* Self.prime
            state ^= state >> 29
            offset += 8
        }
        while offset < bytes.count {
            combine(byte: bytes[offset])
            offset += 1
        }
    }
}
