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

    /// The three-letter amino-acid codes, as an alternation.
    static let aa3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec"
    /// The one-letter amino-acid codes, as a character class.
    static let aa1 = "[ACDEFGHIKLMNPQRSTVWY]"
    /// A residue in either code, three letters tried first.
    static let aa = aa3 + "|" + aa1
    /// A residue or a stop (`Ter`, `stop`, `X`, `*`).
    static let aaOrStop = aa3 + "|Ter|[Ss]top|X|\\*|" + aa1
    /// Amino-acid names, capitalised or not, as an alternation.
    static let names = oneLetterCodes.keys.filter { $0.count > 4 }.sorted { $0.count > $1.count }
        .map { name in "[" + name.prefix(1).uppercased() + name.prefix(1) + "]" + name.dropFirst() }
        .joined(separator: "|")
    /// A nucleotide position: `643`, `-107`, `+8365`, `*42`, `1093-1`, `1092 +1`, `IVS3+1`.
    static let position = #"(?:IVS\d+\s?[-+]\s?\d+|[-+*]?\d+(?:\s?[-+]\s?\d+)?)"#

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
