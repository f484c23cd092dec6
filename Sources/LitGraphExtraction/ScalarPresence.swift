/// Which ASCII scalars and pairs of adjacent ASCII scalars a text holds, and whether it holds any
/// other scalar, read in one pass: the first
/// test of ``VariantNotation/mayOccur(in:present:)``, shared by every notation screened over the
/// same window.
///
/// Each notation's test asks only for scalars its screening cannot do without (a literal it must
/// find, or one of the marks it must find), so it never says no where the screening says yes.
struct ScalarPresence: Sendable {
    /// Bit `n` of `low` is set when the scalar with value `n` (0–63) occurs; `high` holds 64–127.
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    /// Whether a scalar beyond ASCII occurs.
    private(set) var hasNonASCII = false
    /// A Bloom filter of the pairs of adjacent ASCII scalars: bit ``pairBit(_:_:)`` is set for each.
    private(set) var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The scalars of `text`.
    init(_ text: ArraySlice<Unicode.Scalar>) {
        var previous: UInt32 = 0x80
        for scalar in text {
            let value = scalar.value
            if value < 64 {
                low |= 1 << UInt64(value)
            } else if value < 128 {
                high |= 1 << UInt64(value - 64)
            } else {
                hasNonASCII = true
            }
            if value < 128, previous < 128 { setPair(Self.pairBit(UInt8(previous), UInt8(value))) }
            previous = value
        }
    }

    /// The filter bit of the pair `first`, `second`.
    private static func pairBit(_ first: UInt8, _ second: UInt8) -> Int {
        Int((UInt32(first) &* 131 &+ UInt32(second)) & 255)
    }

    private mutating func setPair(_ bit: Int) {
        let mask: UInt64 = 1 << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: pairs.0 |= mask
        case 1: pairs.1 |= mask
        case 2: pairs.2 |= mask
        default: pairs.3 |= mask
        }
    }

    private func hasPair(_ first: UInt8, _ second: UInt8) -> Bool {
        let bit = Self.pairBit(first, second)
        let mask: UInt64 = 1 << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: return pairs.0 & mask != 0
        case 1: return pairs.1 & mask != 0
        case 2: return pairs.2 & mask != 0
        default: return pairs.3 & mask != 0
        }
    }

    /// Whether the ASCII scalar `byte` occurs.
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : high & (1 << UInt64(byte - 64)) != 0
    }

    /// Whether an ASCII capital (`A`–`Z`, bits 1–26 of `high`) occurs.
    var hasCapital: Bool { high & 0x07FF_FFFE != 0 }

    /// Whether the ASCII `word` may occur: each of its bytes does, and each pair of its adjacent
    /// bytes may (a text holding the word holds them all).
    func containsAll(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { bytes in
            guard bytes.allSatisfy(contains) else { return false }
            for index in bytes.indices.dropFirst() where !hasPair(bytes[index - 1], bytes[index]) { return false }
            return true
        }
    }

    /// The notations of `wanted` (a set of ``VariantNotation/bit``s) that ``allows(_:)``.
    func allowed(among wanted: UInt32) -> UInt32 {
        var allowed: UInt32 = 0
        for notation in VariantNotation.allCases where wanted & notation.bit != 0 && allows(notation) {
            allowed |= notation.bit
        }
        return allowed
    }

    /// Whether the scalars `notation`'s screening needs all occur.
    ///
    /// Each literal's scalars and pairs are read from its own presence (``Literal``), computed
    /// once, not from its bytes at every call (``containsAll(_:)``).
    func allows(_ notation: VariantNotation) -> Bool {
        switch notation {
        case .dbSNP: return includes(Literal.rs)
        case .prefixedProteinSubstitution, .proteinAllele: return includes(Literal.pDot)
        case .dnaSubstitution:
            // An arrow `>`, `/` or `→`.
            return contains(UInt8(ascii: ">")) || contains(UInt8(ascii: "/")) || hasNonASCII
        case .nucleotideChangeAtPosition, .namedSubstitutionAtPosition:
            return includes(Literal.at) || includes(Literal.`in`)
        case .dnaEdit, .proteinEdit: return includes(Literal.del) || includes(Literal.ins) || includes(Literal.dup)
        case .deletionFirst: return includes(Literal.del)
        case .deltaResidue, .deltaLength: return hasNonASCII || includes(Literal.elta)
        case .frameshift: return includes(Literal.fs)
        case .namedSubstitution:
            return includes(Literal.ine) || includes(Literal.acid) || includes(Literal.ate) || includes(Literal.phan)
        case .slashedProteinSubstitution: return contains(UInt8(ascii: "/"))
        case .lengthEdit: return includes(Literal.deletion) || includes(Literal.insertion) || includes(Literal.dup)
        case .repeatCount: return contains(UInt8(ascii: ")"))
        case .oneLetterSubstitution, .threeLetterSubstitution:
            // Both screenings start at an ASCII capital.
            return hasCapital
        case .nucleotideFirstSubstitution:
            // `c.` or `g.`, or a nucleotide right before a sign.
            return includes(Literal.cDot) || includes(Literal.gDot) || includes(Literal.aMinus)
                || includes(Literal.cMinus)
                || includes(Literal.gMinus) || includes(Literal.tMinus) || includes(Literal.aPlus)
                || includes(Literal.cPlus)
                || includes(Literal.gPlus) || includes(Literal.tPlus)
        }
    }
}
