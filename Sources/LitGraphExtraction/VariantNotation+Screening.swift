extension VariantNotation {
    /// Whether the notation may occur in `text`, by a scan far cheaper than the pattern.
    ///
    /// It may say yes wrongly but never no wrongly.
    ///
    /// Complexity: O(n) in the length of the text.
    func mayOccur(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        let scalars = Array(text)
        switch self {
        case .dbSNP: return Self.any(scalars, 3) { s, i in s[i] == "r" && s[i + 1] == "s" && Self.isDigit(s[i + 2]) }
        case .prefixedProteinSubstitution, .proteinAllele:
            return Self.any(scalars, 2) { s, i in s[i] == "p" && s[i + 1] == "." }
        case .dnaSubstitution: return scalars.contains { $0 == ">" || $0 == "/" || $0 == "→" }
        case .nucleotideChangeAtPosition, .namedSubstitutionAtPosition:
            return Self.contains(scalars, " at ") || Self.contains(scalars, " in ")
        case .dnaEdit, .proteinEdit: return ["del", "ins", "dup"].contains { Self.contains(scalars, $0) }
        case .deletionFirst: return Self.contains(scalars, "del")
        case .deltaResidue, .deltaLength: return Self.contains(scalars, "Δ") || Self.contains(scalars, "elta")
        case .frameshift: return Self.contains(scalars, "fs")
        case .namedSubstitution: return ["ine", "acid", "ate", "phan"].contains { Self.contains(scalars, $0) }
        case .slashedProteinSubstitution:
            return Self.any(scalars, 3) { s, i in Self.isDigit(s[i]) && Self.isCapital(s[i + 1]) && s[i + 2] == "/" }
        case .lengthEdit: return ["deletion", "insertion", "dup"].contains { Self.contains(scalars, $0) }
        case .repeatCount: return Self.any(scalars, 2) { s, i in s[i] == ")" && Self.isDigit(s[i + 1]) }
        case .oneLetterSubstitution:
            return Self.any(scalars, 3) { s, i in
                Self.isCapital(s[i]) && Self.isDigit(s[i + 1]) && Self.isDigit(s[i + 2])
            }
        case .threeLetterSubstitution: return Self.any(scalars, 5, Self.isThreeLetterBeforePosition)
        case .nucleotideFirstSubstitution:
            return Self.any(scalars, 3) { s, i in
                (s[i] == "c" || s[i] == "g") && s[i + 1] == "."
                    || "ACGT".unicodeScalars.contains(s[i]) && (s[i + 1] == "-" || s[i + 1] == "+")
                        && Self.isDigit(s[i + 2])
            }
        }
    }

    /// Whether a five-scalar window begins with a three-letter amino-acid code and a digit,
    /// possibly after a space or hyphen (`Arg21`, `Cys 2`).
    private static func isThreeLetterBeforePosition(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard isCapital(s[i]), ("a"..."z").contains(s[i + 1]) else { return false }
        let code = String(String.UnicodeScalarView(s[i..<(i + 3)])).lowercased()
        guard oneLetterCodes[code] != nil else { return false }
        return isDigit(s[i + 3]) || (s[i + 3] == " " || s[i + 3] == "-") && isDigit(s[i + 4])
    }

    /// Whether `test(scalars, i)` holds at some index `i`; `test` may look `length - 1` scalars
    /// past `i` (the text is padded with spaces for it).
    private static func any(
        _ scalars: [Unicode.Scalar], _ length: Int, _ test: ([Unicode.Scalar], Int) -> Bool
    ) -> Bool {
        let padded = scalars + Array(repeating: " ", count: length)
        return scalars.indices.contains { test(padded, $0) }
    }

    private static func contains(_ scalars: [Unicode.Scalar], _ word: String) -> Bool {
        let needle = Array(word.unicodeScalars)
        guard let first = needle.first, scalars.count >= needle.count else { return false }
        for start in 0...(scalars.count - needle.count) where scalars[start] == first {
            if scalars[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
}
