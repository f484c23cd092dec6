/// A set of Unicode scalars one step of a ``VariantPattern`` accepts: ASCII scalars by bit, and
/// beyond ASCII the digits (`\d`), the white space (`\s`) and at most one listed scalar (`Δ`, `→`).
///
/// `\d` and `\s` are defined as Swift `Regex` defines them when matching Unicode scalars: a scalar
/// with any numeric type, and a scalar with the White_Space property.
struct ScalarClass: Sendable, Equatable {
    /// Bit `n` is set when the ASCII scalar with value `n` (0–63) is in the class.
    private(set) var low: UInt64 = 0
    /// Bit `n` is set when the ASCII scalar with value `64 + n` is in the class.
    private(set) var high: UInt64 = 0
    /// Whether every scalar beyond ASCII with a numeric type is in the class.
    private(set) var nonASCIIDigits = false
    /// Whether every scalar beyond ASCII with the White_Space property is in the class.
    private(set) var nonASCIISpaces = false
    /// One more scalar beyond ASCII in the class, or 0 for none.
    private(set) var extra: UInt32 = 0

    /// The empty class.
    init() {}

    /// The class of the scalars of `scalars` (ASCII, or one scalar beyond it).
    init(_ scalars: String) {
        for scalar in scalars.unicodeScalars { insert(scalar) }
    }

    /// `\d`: the scalars with a numeric type.
    static let digit: ScalarClass = {
        var digits = ScalarClass()
        digits.nonASCIIDigits = true
        for value in 0..<128 where Unicode.Scalar(UInt8(value)).properties.numericType != nil {
            digits.insert(Unicode.Scalar(UInt8(value)))
        }
        return digits
    }()

    /// `\s`: the scalars with the White_Space property.
    static let space: ScalarClass = {
        var spaces = ScalarClass()
        spaces.nonASCIISpaces = true
        for value in 0..<128 where Unicode.Scalar(UInt8(value)).properties.isWhitespace {
            spaces.insert(Unicode.Scalar(UInt8(value)))
        }
        return spaces
    }()

    /// The ASCII scalars from `first` to `last`.
    static func range(_ first: Unicode.Scalar, _ last: Unicode.Scalar) -> ScalarClass {
        var result = ScalarClass()
        for value in first.value...last.value {
            if let scalar = Unicode.Scalar(value) { result.insert(scalar) }
        }
        return result
    }

    /// The scalars in either class.
    func union(_ other: ScalarClass) -> ScalarClass {
        var result = self
        result.low |= other.low
        result.high |= other.high
        result.nonASCIIDigits = nonASCIIDigits || other.nonASCIIDigits
        result.nonASCIISpaces = nonASCIISpaces || other.nonASCIISpaces
        if result.extra == 0 { result.extra = other.extra }
        precondition(other.extra == 0 || result.extra == other.extra, "a class holds one listed non-ASCII scalar")
        return result
    }

    /// Whether `scalar` is in the class.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return low & (1 << UInt64(value)) != 0 }
        if value < 128 { return high & (1 << UInt64(value &- 64)) != 0 }
        return value == extra || (nonASCIIDigits && scalar.properties.numericType != nil)
            || (nonASCIISpaces && scalar.properties.isWhitespace)
    }

    private mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 64 {
            low |= 1 << UInt64(value)
        } else if value < 128 {
            high |= 1 << UInt64(value - 64)
        } else {
            precondition(extra == 0 || extra == value, "a class holds one listed non-ASCII scalar")
            extra = value
        }
    }
}
