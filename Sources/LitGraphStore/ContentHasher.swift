/// A 64-bit FNV-1a hash over a canonical serialization: deterministic across processes and
/// platforms (unlike `hashValue`, which Swift seeds per process).
///
/// Every string is written as its UTF-8 length then its bytes, so field boundaries are unambiguous.
struct ContentHasher {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private var state = Self.offsetBasis

    /// The hash as 16 lowercase hexadecimal digits.
    var hexDigest: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Mixes in one byte.
    mutating func combine(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* Self.prime
    }

    /// Mixes in an integer as 8 little-endian bytes.
    mutating func combine(_ value: Int) {
        var bits = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            combine(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    /// Mixes in a Boolean as one byte.
    mutating func combine(_ value: Bool) {
        combine(byte: value ? 1 : 0)
    }

    /// Mixes in a string: its UTF-8 length, then its UTF-8 bytes.
    mutating func combine(_ value: String) {
        var value = value
        value.withUTF8 { bytes in
            combine(bytes.count)
            for byte in bytes { combine(byte: byte) }
        }
    }

    /// Mixes in an optional string, distinguishing `nil` from any string.
    mutating func combine(_ value: String?) {
        combine(value != nil)
        if let value { combine(value) }
    }

    /// Mixes in an optional integer, distinguishing `nil` from any integer.
    mutating func combine(_ value: Int?) {
        combine(value != nil)
        if let value { combine(value) }
    }
}
