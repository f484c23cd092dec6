extension VariantNotation {
    /// The one-letter code of every amino acid, by three-letter code and by name (lower-cased),
    /// with `X` for a stop.
    static let oneLetterCodes: [String: String] = [
        "ala": "A", "arg": "R", "asn": "N", "asp": "D", "cys": "C", "gln": "Q", "glu": "E", "gly": "G",
        "his": "H", "ile": "I", "leu": "L", "lys": "K", "met": "M", "phe": "F", "pro": "P", "ser": "S",
        "thr": "T", "trp": "W", "tyr": "Y", "val": "V", "sec": "U", "ter": "X", "stop": "X", "*": "X", "x": "X",
        "alanine": "A", "arginine": "R", "asparagine": "N", "aspartic acid": "D", "aspartate": "D",
        "cysteine": "C", "glutamine": "Q", "glutamic acid": "E", "glutamate": "E", "glycine": "G",
        "histidine": "H", "isoleucine": "I", "leucine": "L", "lysine": "K", "methionine": "M",
        "phenylalanine": "F", "proline": "P", "serine": "S", "threonine": "T", "tryptophan": "W",
        "tyrosine": "Y", "valine": "V",
    ]

    /// The one-letter code of a residue written in any code or by name, or `nil` for none.
    static func residue(_ written: String) -> String? {
        if written.count == 1, written.first?.isUppercase == true { return written == "*" ? "X" : written }
        return oneLetterCodes[written.lowercased()] ?? (written == "*" ? "X" : nil)
    }

    /// A run of residues (`AlaPhe`, `AF`) in one-letter codes (`AF`).
    static func oneLetterSequence(_ written: String) -> String {
        var result = ""
        var rest = Substring(written)
        while let first = rest.first {
            let three = String(rest.prefix(3))
            if three.count == 3, first.isUppercase, let code = oneLetterCodes[three.lowercased()] {
                result += code
                rest = rest.dropFirst(3)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }
}
