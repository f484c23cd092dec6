extension VariantNotation {
    /// Whether the notation may occur in `text`, by a scan far cheaper than the pattern.
    ///
    /// It may say yes wrongly but never no wrongly: each test is a condition every match of the
    /// pattern meets (a literal it must contain, or the scalars it must have around its arrow, its
    /// operation or its residue name). Where a pattern has `\s` or `\d`, the test accepts any
    /// non-ASCII scalar there too, so Unicode spaces and digits are never screened out.
    ///
    /// Complexity: O(n) in the length of the text; nothing is allocated.
    func mayOccur(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        mayOccur(in: text, present: ScalarPresence(text))
    }

    /// ``mayOccur(in:)`` for a text whose scalars `present` lists: a notation needing a scalar the
    /// text lacks is answered without reading the text.
    func mayOccur(in text: ArraySlice<Unicode.Scalar>, present: ScalarPresence) -> Bool {
        present.allows(self) && passesScreening(text)
    }

    /// The scan behind ``mayOccur(in:)``, without the presence test.
    func passesScreening(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = ScreenedText(text)
        switch self {
        case .dbSNP: return s.any { s[$0] == "r" && s[$0 + 1] == "s" && Self.isDigit(s[$0 + 2]) }
        case .prefixedProteinSubstitution, .proteinAllele: return s.any { s[$0] == "p" && s[$0 + 1] == "." }
        case .dnaSubstitution:
            // `[ACGTU]\s?(?:>|-+>|→|/)\s?[ACGTU]` lies inside every match.
            return s.any { Self.isNucleotideOrU(s[$0]) && s.arrow(after: $0, marks: ">→/", between: " -") }
        case .nucleotideChangeAtPosition:
            // `[ACGT]\s?(?:>|-+>|→|-to-|\sto\s)\s?[ACGT]`, then " at " or " in ".
            return (s.contains(.at) || s.contains(.in))
                && s.any { Self.isNucleotide(s[$0]) && s.arrow(after: $0, marks: ">→t", between: " -to") }
        case .namedSubstitutionAtPosition:
            // A residue, then `[\s-](?:to|by|for)[\s-]`, then a residue; then " at " or " in ".
            return (s.contains(.at) || s.contains(.in))
                && s.any { (Self.maySpace(s[$0]) || s[$0] == "-") && s.isExchange(at: $0) }
        case .dnaEdit:
            // The position ends in a digit: `\d\s?(?:del|ins|dup)`.
            return s.any { s.mayStartEdit(at: $0) && s.isEdit(at: $0, spaced: true) }
        case .proteinEdit:
            // The position ends in a digit right before the operation: `\d(?:del|ins|dup)`.
            return s.any { s.mayStartEdit(at: $0) && s.isEdit(at: $0, spaced: false) }
        case .deletionFirst: return s.contains(.del)
        case .deltaResidue, .deltaLength: return s.contains(.delta) || s.contains(.elta)
        case .frameshift: return s.contains(.fs)
        case .namedSubstitution:
            // A residue name (ending `ine`, `acid`, `ate` or `phan`), then `[\s-]\d`.
            // One pass over the window: an offset is tried against the endings only when its
            // scalar starts one of them.
            let endings = Needle.residueEndings
            let initials = Needle.residueEndingInitials
            return s.any { offset in
                let scalar = s[offset]
                return initials.contains(scalar)
                    && endings.contains { ending in
                        scalar == ending.scalars[0] && s.hasPrefix(ending, at: offset)
                            && s.isSpaceOrHyphenThenDigit(at: offset + ending.count)
                    }
            }
        case .slashedProteinSubstitution:
            return s.any { Self.isDigit(s[$0]) && Self.isCapital(s[$0 + 1]) && s[$0 + 2] == "/" }
        case .lengthEdit: return s.contains(.deletion) || s.contains(.insertion) || s.contains(.dup)
        case .repeatCount: return s.any { s[$0] == ")" && Self.isDigit(s[$0 + 1]) }
        case .oneLetterSubstitution:
            return s.any { Self.isCapital(s[$0]) && Self.isDigit(s[$0 + 1]) && Self.isDigit(s[$0 + 2]) }
        case .threeLetterSubstitution: return s.any { Self.isCapital(s[$0]) && s.isThreeLetterBeforePosition(at: $0) }
        case .nucleotideFirstSubstitution:
            return s.any {
                (s[$0] == "c" || s[$0] == "g") && s[$0 + 1] == "."
                    || Self.isNucleotide(s[$0]) && (s[$0 + 1] == "-" || s[$0 + 1] == "+")
                        && Self.isDigit(s[$0 + 2])
            }
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// The three-byte ASCII keys of ``oneLetterCodes``, each packed first byte highest.
    static let threeLetterCodes = Set(
        oneLetterCodes.keys.compactMap { key -> UInt32? in
            let bytes = Array(key.utf8)
            guard bytes.count == 3, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
        })

    static func isCapital(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }

    static func isNucleotide(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "A" || scalar == "C" || scalar == "G" || scalar == "T"
    }

    static func isNucleotideOrU(_ scalar: Unicode.Scalar) -> Bool { isNucleotide(scalar) || scalar == "U" }

    /// Whether a scalar may be matched by the patterns' `\s`: ASCII white space, or anything
    /// beyond ASCII.
    static func maySpace(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII || scalar == " " || (0x09...0x0D).contains(scalar.value)
    }

    /// Whether a scalar may be matched by the patterns' `\d`: an ASCII digit, or anything beyond ASCII.
    static func mayDigit(_ scalar: Unicode.Scalar) -> Bool { !scalar.isASCII || isDigit(scalar) }
}

/// A window of text read by ``VariantNotation/mayOccur(in:)``: offsets from 0, and a space for
/// any offset outside the window, so tests may look a few scalars ahead or behind.
struct ScreenedText {
    let scalars: ArraySlice<Unicode.Scalar>

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
    }

    subscript(offset: Int) -> Unicode.Scalar {
        offset >= 0 && offset < scalars.count ? scalars[scalars.startIndex + offset] : " "
    }

    /// Whether `test` holds at some offset.
    func any(_ test: (Int) -> Bool) -> Bool {
        (0..<scalars.count).contains(where: test)
    }

    /// Whether `word` starts at `offset`.
    func hasPrefix(_ word: Needle, at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= scalars.count else { return false }
        var index = scalars.startIndex + offset
        for scalar in word.scalars {
            guard scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// Whether `word` occurs anywhere.
    ///
    /// Reads the slice directly, not through ``any(_:)`` and the padded subscript: every window of
    /// every notation asking for a literal is scanned this way.
    func contains(_ word: Needle) -> Bool {
        guard let first = word.scalars.first else { return true }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == first, hasPrefix(word, at: index - scalars.startIndex) { return true }
            index += 1
        }
        return false
    }

    /// Whether, after the nucleotide at `offset`, a run of scalars that may be white space or
    /// are in `between` holds one of `marks` and ends at another nucleotide (`C>T`, `C --> T`,
    /// `G to C`): the part of a substitution between its two nucleotides.
    func arrow(after offset: Int, marks: String, between: String) -> Bool {
        var index = offset + 1
        var marked = false
        while index < scalars.count {
            let scalar = self[index]
            if marks.unicodeScalars.contains(scalar) {
                marked = true
            } else if !(VariantNotation.maySpace(scalar) || between.unicodeScalars.contains(scalar)) {
                return marked && VariantNotation.isNucleotideOrU(scalar)
            }
            index += 1
        }
        return false
    }

    /// Whether `[\s-](?:to|by|for)[\s-]` starts at `offset`, after a residue's last letter (or the
    /// `)` of its code in parentheses) and before a residue's first letter.
    func isExchange(at offset: Int) -> Bool {
        let before = self[offset - 1]
        guard isSpaceOrHyphen(offset), offset > 0, isASCIILetter(before) || before == ")" else { return false }
        for word in Needle.exchangeWords where hasPrefix(word, at: offset + 1) {
            let after = offset + 1 + word.count
            guard isSpaceOrHyphen(after) else { continue }
            if startsResidue(at: after + 1) { return true }
            if hasPrefix(.the, at: after + 1), VariantNotation.maySpace(self[after + 4]), startsResidue(at: after + 5) {
                return true
            }
        }
        return false
    }

    /// Whether a residue as the patterns write it may start at `offset`: a capital (a one- or
    /// three-letter code, or a capitalised name) or the first letter of a residue name.
    private func startsResidue(at offset: Int) -> Bool {
        let scalar = self[offset]
        if VariantNotation.isCapital(scalar) { return true }
        return Needle.residueNames.contains { hasPrefix($0, at: offset) }
    }

    /// Whether the scalar at `offset` may begin `del`, `ins` or `dup`: a test on one scalar that
    /// refuses most offsets before ``isEdit(at:spaced:)`` compares words.
    func mayStartEdit(at offset: Int) -> Bool {
        let first = self[offset]
        return first == "d" || first == "i"
    }

    /// Whether `del`, `ins` or `dup` starts at `offset` after a digit (and, when `spaced`, an
    /// optional space between them).
    func isEdit(at offset: Int, spaced: Bool) -> Bool {
        guard hasPrefix(.del, at: offset) || hasPrefix(.ins, at: offset) || hasPrefix(.dup, at: offset) else {
            return false
        }
        if offset > 0, VariantNotation.mayDigit(self[offset - 1]) { return true }
        return spaced && offset > 1 && VariantNotation.maySpace(self[offset - 1])
            && VariantNotation.mayDigit(self[offset - 2])
    }

    /// Whether the scalar at `offset` may be white space or is a hyphen, and a digit follows.
    func isSpaceOrHyphenThenDigit(at offset: Int) -> Bool {
        offset + 1 < scalars.count && isSpaceOrHyphen(offset) && VariantNotation.mayDigit(self[offset + 1])
    }

    /// Whether a five-scalar window begins with a three-letter amino-acid code and a digit,
    /// possibly after a space or hyphen (`Arg21`, `Cys 2`).
    func isThreeLetterBeforePosition(at offset: Int) -> Bool {
        guard VariantNotation.isCapital(self[offset]), ("a"..."z").contains(self[offset + 1]) else { return false }
        let third = self[offset + 2]
        if third.isASCII {
            // All three ASCII: compare their lower-case bytes with the codes' without making a string.
            let lower = third.value | (VariantNotation.isCapital(third) ? 0x20 : 0)
            let packed = (self[offset].value | 0x20) << 16 | self[offset + 1].value << 8 | lower
            guard VariantNotation.threeLetterCodes.contains(packed) else { return false }
        } else {
            let code = String(String.UnicodeScalarView([self[offset], self[offset + 1], third])).lowercased()
            guard VariantNotation.oneLetterCodes[code] != nil else { return false }
        }
        return VariantNotation.isDigit(self[offset + 3])
            || (self[offset + 3] == " " || self[offset + 3] == "-") && VariantNotation.isDigit(self[offset + 4])
    }

    private func isSpaceOrHyphen(_ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && (VariantNotation.maySpace(self[offset]) || self[offset] == "-")
    }

    private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

/// A word the screening looks for, as scalars.
struct Needle: Sendable {
    let scalars: [Unicode.Scalar]
    var count: Int { scalars.count }

    init(_ word: String) {
        scalars = Array(word.unicodeScalars)
    }

    static let at = Needle(" at ")
    static let `in` = Needle(" in ")
    static let del = Needle("del")
    static let ins = Needle("ins")
    static let dup = Needle("dup")
    static let delta = Needle("Δ")
    static let elta = Needle("elta")
    static let fs = Needle("fs")
    static let deletion = Needle("deletion")
    static let insertion = Needle("insertion")
    static let the = Needle("the")
    /// How every residue name ends.
    static let residueEndings = ["ine", "acid", "ate", "phan"].map(Needle.init)
    /// The first scalar of each of ``residueEndings``.
    static let residueEndingInitials = residueEndings.map { $0.scalars[0] }
    /// The words of `[\s-](?:to|by|for)[\s-]`.
    static let exchangeWords = ["to", "by", "for"].map(Needle.init)
    /// The residue names (lower-case; the patterns also take them capitalised).
    static let residueNames = VariantNotation.oneLetterCodes.keys.filter { $0.count > 4 }.map(Needle.init)
}
