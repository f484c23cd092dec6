/// ``VariantNotation/passesScreening(_:)`` for several notations in one pass over a window: each
/// offset's scalar is read once and tried only against the tests that may start with it, where
/// the per-notation screening scans the window once per notation.
///
/// A set of notations is a bit mask, bit ``VariantNotation/rawValue`` for each
/// (``VariantNotation/bit``). Each test is the one ``VariantNotation/passesScreening(_:)`` applies
/// at every offset, through the same ``ScreenedText`` helpers; a notation passes when its test
/// holds at some offset, so the answers are the same (the tests pin them against each other).
struct VariantScreeningPass {
    /// The notations of `wanted` that pass the screening of `text`.
    ///
    /// Complexity: O(n) in the length of the text; stops as soon as every wanted notation passed.
    static func passing(_ text: ArraySlice<Unicode.Scalar>, among wanted: UInt32) -> UInt32 {
        var pass = VariantScreeningPass(wanted: wanted, text: ScreenedText(text))
        var offset = 0
        for scalar in text {
            guard pass.open != 0 else { break }
            if mayStartTest(scalar) { pass.test(scalar, at: offset) }
            offset += 1
        }
        return pass.result
    }

    /// The tests met at `offset` of `text` alone, of every notation: for pinning
    /// ``mayStartTest(_:)``.
    static func testsMet(in text: ArraySlice<Unicode.Scalar>, at offset: Int) -> UInt32 {
        let all = VariantNotation.bits(VariantNotation.allCases)
        var pass = VariantScreeningPass(wanted: all, text: ScreenedText(text))
        let before = pass.open
        pass.test(text[text.startIndex + offset], at: offset)
        return before & ~pass.open
    }

    /// Whether any test may start at `scalar` (``test(_:at:)`` does nothing at any other): beyond
    /// ASCII, a capital, a digit, `)`, a space or control space, `-`, or one of `acdefgipr`.
    @inline(__always)
    static func mayStartTest(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return startsLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return startsHigh & (1 << UInt64(value - 64)) != 0 }
        return true
    }

    /// The ASCII scalars 0–63 a test may start at: `\t`–`\r`, space, `)`, `-`, the digits.
    static let startsLow: UInt64 = 0x03FF_2201_0000_3E00
    /// The ASCII scalars 64–127 a test may start at: the capitals and `acdefgipr`.
    static let startsHigh: UInt64 = 0x0005_02FA_07FF_FFFE

    /// The two notations screened for a literal (" at " or " in ") and, separately, for a test at
    /// some offset: each part has its own bit, beyond the notations'.
    private static let atOrIn: UInt32 = 1 << 24
    private static let nucleotideArrow: UInt32 = 1 << 25
    private static let exchange: UInt32 = 1 << 26
    private static let atPosition =
        VariantNotation.nucleotideChangeAtPosition.bit | VariantNotation.namedSubstitutionAtPosition.bit

    private let wanted: UInt32
    private let s: ScreenedText
    /// The tests not met yet, of those `wanted` asks for.
    private(set) var open: UInt32

    private init(wanted: UInt32, text: ScreenedText) {
        self.wanted = wanted
        s = text
        var open = wanted & ~Self.atPosition
        if wanted & VariantNotation.nucleotideChangeAtPosition.bit != 0 { open |= Self.atOrIn | Self.nucleotideArrow }
        if wanted & VariantNotation.namedSubstitutionAtPosition.bit != 0 { open |= Self.atOrIn | Self.exchange }
        self.open = open
    }

    /// The notations that passed.
    private var result: UInt32 {
        var passed = wanted & ~open & ~Self.atPosition
        let atOrIn = open & Self.atOrIn == 0
        if wanted & VariantNotation.nucleotideChangeAtPosition.bit != 0, atOrIn, open & Self.nucleotideArrow == 0 {
            passed |= VariantNotation.nucleotideChangeAtPosition.bit
        }
        if wanted & VariantNotation.namedSubstitutionAtPosition.bit != 0, atOrIn, open & Self.exchange == 0 {
            passed |= VariantNotation.namedSubstitutionAtPosition.bit
        }
        return passed
    }

    /// Whether the test of `bit` is still open.
    @inline(__always)
    private func isOpen(_ bit: UInt32) -> Bool { open & bit != 0 }

    @inline(__always)
    private mutating func test(_ scalar: Unicode.Scalar, at offset: Int) {
        switch scalar.value {
        case 0x41...0x5A: testCapital(scalar, at: offset)
        case 0x61...0x7A: testSmall(scalar, at: offset)
        case 0x30...0x39:
            if isOpen(VariantNotation.slashedProteinSubstitution.bit),
                VariantNotation.isCapital(s[offset + 1]) && s[offset + 2] == "/"
            {
                open &= ~VariantNotation.slashedProteinSubstitution.bit
            }
        case 0x29:
            if isOpen(VariantNotation.repeatCount.bit), VariantNotation.isDigit(s[offset + 1]) {
                open &= ~VariantNotation.repeatCount.bit
            }
        case 0x20:
            if isOpen(Self.atOrIn), s.hasPrefix(.at, at: offset) || s.hasPrefix(.in, at: offset) {
                open &= ~Self.atOrIn
            }
            if isOpen(Self.exchange), mayExchange(at: offset), s.isExchange(at: offset) { open &= ~Self.exchange }
        case 0x09...0x0D, 0x2D:
            if isOpen(Self.exchange), mayExchange(at: offset), s.isExchange(at: offset) { open &= ~Self.exchange }
        case 0x80...:
            // Beyond ASCII, a scalar may be white space; `Δ` is the delta.
            if isOpen(Self.exchange), mayExchange(at: offset), s.isExchange(at: offset) { open &= ~Self.exchange }
            if s.hasPrefix(.delta, at: offset) {
                open &= ~(VariantNotation.deltaResidue.bit | VariantNotation.deltaLength.bit)
            }
        default: break
        }
    }

    private mutating func testCapital(_ scalar: Unicode.Scalar, at offset: Int) {
        if isOpen(VariantNotation.oneLetterSubstitution.bit),
            VariantNotation.isDigit(s[offset + 1]) && VariantNotation.isDigit(s[offset + 2])
        {
            open &= ~VariantNotation.oneLetterSubstitution.bit
        }
        if isOpen(VariantNotation.threeLetterSubstitution.bit), s.isThreeLetterBeforePosition(at: offset) {
            open &= ~VariantNotation.threeLetterSubstitution.bit
        }
        guard VariantNotation.isNucleotideOrU(scalar) else { return }
        if isOpen(VariantNotation.dnaSubstitution.bit), s.arrow(after: offset, marks: ">→/", between: " -") {
            open &= ~VariantNotation.dnaSubstitution.bit
        }
        guard VariantNotation.isNucleotide(scalar) else { return }
        if isOpen(Self.nucleotideArrow), s.arrow(after: offset, marks: ">→t", between: " -to") {
            open &= ~Self.nucleotideArrow
        }
        if isOpen(VariantNotation.nucleotideFirstSubstitution.bit),
            (s[offset + 1] == "-" || s[offset + 1] == "+") && VariantNotation.isDigit(s[offset + 2])
        {
            open &= ~VariantNotation.nucleotideFirstSubstitution.bit
        }
    }

    private mutating func testSmall(_ scalar: Unicode.Scalar, at offset: Int) {
        // Integer cases: a jump on the scalar's value, not a comparison with each literal scalar.
        switch scalar.value {
        case 0x72:  // r
            if isOpen(VariantNotation.dbSNP.bit), s[offset + 1] == "s" && VariantNotation.isDigit(s[offset + 2]) {
                open &= ~VariantNotation.dbSNP.bit
            }
        case 0x70:  // p
            if s[offset + 1] == "." {
                open &= ~(VariantNotation.prefixedProteinSubstitution.bit | VariantNotation.proteinAllele.bit)
            }
            if isOpen(VariantNotation.namedSubstitution.bit), endsResidueName(scalar, at: offset) {
                open &= ~VariantNotation.namedSubstitution.bit
            }
        case 0x63, 0x67:  // c, g
            if isOpen(VariantNotation.nucleotideFirstSubstitution.bit), s[offset + 1] == "." {
                open &= ~VariantNotation.nucleotideFirstSubstitution.bit
            }
        case 0x64:  // d
            testEdits(at: offset)
            if isOpen(VariantNotation.deletionFirst.bit), s.hasPrefix(.del, at: offset) {
                open &= ~VariantNotation.deletionFirst.bit
            }
            if isOpen(VariantNotation.lengthEdit.bit),
                s.hasPrefix(.deletion, at: offset) || s.hasPrefix(.dup, at: offset)
            {
                open &= ~VariantNotation.lengthEdit.bit
            }
        case 0x69:  // i
            testEdits(at: offset)
            if isOpen(VariantNotation.lengthEdit.bit), s.hasPrefix(.insertion, at: offset) {
                open &= ~VariantNotation.lengthEdit.bit
            }
            if isOpen(VariantNotation.namedSubstitution.bit), endsResidueName(scalar, at: offset) {
                open &= ~VariantNotation.namedSubstitution.bit
            }
        case 0x61:  // a
            if isOpen(VariantNotation.namedSubstitution.bit), endsResidueName(scalar, at: offset) {
                open &= ~VariantNotation.namedSubstitution.bit
            }
        case 0x65:  // e
            if s.hasPrefix(.elta, at: offset) {
                open &= ~(VariantNotation.deltaResidue.bit | VariantNotation.deltaLength.bit)
            }
        case 0x66:  // f
            if isOpen(VariantNotation.frameshift.bit), s.hasPrefix(.fs, at: offset) {
                open &= ~VariantNotation.frameshift.bit
            }
        default: break
        }
    }

    /// Whether `to`, `by` or `for` may start after `offset`, as ``ScreenedText/isExchange(at:)``
    /// requires: a test on one scalar that refuses most spaces before the words are compared.
    @inline(__always)
    private func mayExchange(at offset: Int) -> Bool {
        let next = s[offset + 1]
        return next == "t" || next == "b" || next == "f"
    }

    /// `del`, `ins` or `dup` after a digit: a protein edit; or after a digit and a space: a DNA edit.
    private mutating func testEdits(at offset: Int) {
        if isOpen(VariantNotation.dnaEdit.bit), s.isEdit(at: offset, spaced: true) {
            open &= ~VariantNotation.dnaEdit.bit
        }
        if isOpen(VariantNotation.proteinEdit.bit), s.isEdit(at: offset, spaced: false) {
            open &= ~VariantNotation.proteinEdit.bit
        }
    }

    /// Whether a residue name's ending (`ine`, `acid`, `ate`, `phan`) starts at `offset`, followed
    /// by `[\s-]\d`.
    private func endsResidueName(_ scalar: Unicode.Scalar, at offset: Int) -> Bool {
        Needle.residueEndings.contains { ending in
            scalar == ending.scalars[0] && s.hasPrefix(ending, at: offset)
                && s.isSpaceOrHyphenThenDigit(at: offset + ending.count)
        }
    }
}

extension VariantNotation {
    /// The notation's bit in a set of notations (``VariantScreeningPass``).
    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// The set of `notations`.
    static func bits(_ notations: some Sequence<VariantNotation>) -> UInt32 {
        notations.reduce(0) { $0 | $1.bit }
    }
}
