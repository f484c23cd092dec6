import Foundation
import LitGraphModel

extension Lexicon {
    /// Punctuation that may join or separate the words of a term without changing it.
    static let connectors: Set<String> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}", "\u{FE63}", "\u{FF0D}", "/", "'", "\u{2019}",
    ]

    /// Greek letters spelt out, so `TNF-α` and `TNF-alpha` share a key.
    static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta", "θ": "theta",
        "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho",
        "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
        "Α": "alpha", "Β": "beta", "Γ": "gamma", "Δ": "delta", "Κ": "kappa", "Σ": "sigma", "Ω": "omega",
    ]

    /// The lookup keys for a token run: `exact` keeps case, `folded` is lower-cased with British
    /// spellings made American; `nil` when the run holds punctuation other than connectors, or no word.
    static func keys(for tokens: ArraySlice<Token>) -> (exact: String, folded: String, wordCount: Int)? {
        var exact = ""
        var folded = ""
        var words = 0
        for token in tokens {
            if token.kind == .punctuation {
                guard connectors.contains(token.text) else { return nil }
                continue
            }
            let word = normalizedWord(token.text)
            if words > 0 {
                exact += " "
                folded += " "
            }
            exact += word
            folded += foldedWord(word.lowercased())
            words += 1
        }
        guard words > 0 else { return nil }
        return (exact, folded, words)
    }

    /// The word with Greek letters spelt out and other Unicode forms reduced to their base letters:
    /// compatibility forms (`ﬁ`, full-width letters, superscript digits) and accents (`Sjögren`).
    static func normalizedWord(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var spelt = ""
        for character in text {
            if let name = greek[character] { spelt += name } else { spelt.append(character) }
        }
        var result = String.UnicodeScalarView()
        for scalar in spelt.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            result.append(scalar)
        }
        return String(result)
    }

    /// A lower-cased word with British spellings made American.
    ///
    /// By rule: `oe`/`ae` → `e` inside a
    /// word (`oestrogen`, `haemoglobin`, `coeliac`; not before `r`, nor `ae` before `l`, nor at the end,
    /// so `aerobic`, `Michael`, `algae` and `toe` stay), `-our` → `-or` in words of six letters or more
    /// (`behaviour`, `tumour`; not `contour`, `devour`, `detour`), `-ise`/`-isation` → `-ize`/`-ization`,
    /// `-yse` → `-yze` and `-tre` → `-ter` (`centre`). Text and lexicon keys go through the same
    /// rule, so an over-eager change only merges two spellings that both become the same key.
    static func foldedWord(_ word: String) -> String {
        guard mayFold(word) else { return word }
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, bytes.allSatisfy({ $0 < 0x80 }) else { return word }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte == UInt8(ascii: "a") || byte == UInt8(ascii: "o")), index + 2 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "e"), bytes[index + 2] != UInt8(ascii: "r"),
                !(byte == UInt8(ascii: "a") && bytes[index + 2] == UInt8(ascii: "l")),
                !(index > 0 && isVowel(bytes[index - 1]))
            {
                index += 1
                continue
            }
            out.append(byte)
            index += 1
        }
        return americanSuffix(String(decoding: out, as: UTF8.self))
    }

    /// Whether ``foldedWord(_:)`` may change `word`.
    ///
    /// Only an ASCII word holding `ae` or `oe`, or ending in one of the British suffixes, can
    /// change; most words do neither, and are returned without being copied. One pass over the
    /// bytes keeps the last eight in a register, so each suffix is one masked comparison.
    static func mayFold(_ word: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0
            var tail = WordTail()
            for byte in bytes {
                guard byte < 0x80 else { return false }
                if byte == UInt8(ascii: "e"), previous == UInt8(ascii: "a") || previous == UInt8(ascii: "o") {
                    return true
                }
                previous = byte
                tail.append(byte)
            }
            return endsInFoldedSuffix(tail)
        }
        // A native string's bytes are read from its buffer; any other string through its view.
        return word.utf8.withContiguousStorageIfAvailable(scan) ?? scan(word.utf8)
    }

    /// Whether a word whose last bytes are `tail` ends in a suffix the spelling rules change.
    static func endsInFoldedSuffix(_ tail: WordTail) -> Bool {
        // A word ending in a suffix ends in that suffix's last three bytes: a word whose last three
        // bytes end no suffix (most words) is refused on one integer.
        let lastThree = UInt32(truncatingIfNeeded: tail.bytes & 0xFF_FFFF)
        guard foldedSuffixEndingBits & 1 << endingBit(lastThree) != 0, foldedSuffixEndings.contains(lastThree) else {
            return false
        }
        return foldedSuffixes.contains { tail.ends(with: $0) }
    }

    /// A bit (0–63) for a word's last three bytes, from the top bits of a multiplication.
    private static func endingBit(_ lastThree: UInt32) -> UInt64 {
        UInt64((lastThree &* 0x9E37_79B1) >> 26)
    }

    /// The ``endingBit(_:)`` of each of ``foldedSuffixEndings``: a clear bit refuses a word before
    /// the list is searched.
    private static let foldedSuffixEndingBits = foldedSuffixEndings.reduce(UInt64(0)) { $0 | 1 << endingBit($1) }

    /// The suffixes the spelling rules change.
    private static let foldedSuffixes = (["our", "ours"] + britishSuffixes.map(\.0)).map(WordTail.init)

    /// The last three bytes of each of ``foldedSuffixes`` (every suffix has at least three), as a
    /// ``WordTail`` holds them.
    private static let foldedSuffixEndings = foldedSuffixes.map { UInt32(truncatingIfNeeded: $0.bytes & 0xFF_FFFF) }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    private static let ourExceptions: Set<String> = ["contour", "devour", "detour", "paramour", "troubadour"]

    /// Suffix rules: `-our`, `-ise`/`-ised`/`-ises`/`-ising`/`-isation`, `-yse`, `-tre`.
    private static func americanSuffix(_ word: String) -> String {
        if word.count >= 6, word.hasSuffix("our"), !ourExceptions.contains(word) {
            return String(word.dropLast(2)) + "r"
        }
        if word.count >= 7, word.hasSuffix("ours"), !ourExceptions.contains(String(word.dropLast())) {
            return String(word.dropLast(3)) + "rs"
        }
        for (british, american) in britishSuffixes where word.count > british.count + 2 && word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }

    private static let britishSuffixes: [(String, String)] = [
        ("isation", "ization"), ("isations", "izations"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
        ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("tre", "ter"), ("tres", "ters"),
    ]

    /// Whether `text` is one of ``connectors``: an ASCII mark is compared as it is, anything else
    /// looked up in the set (which compares strings as Unicode does).
    static func isConnector(_ text: String) -> Bool {
        // One UTF-8 byte is one ASCII scalar; its count and first byte are read without the
        // scalar view's index arithmetic.
        let bytes = text.utf8
        if bytes.count == 1, let first = bytes.first {
            return first == UInt8(ascii: "-") || first == UInt8(ascii: "/") || first == UInt8(ascii: "'")
        }
        return connectors.contains(text)
    }

    /// ``singularForms(of:)`` of an ASCII word, read from its bytes: the same forms in the same
    /// order, without counting characters or comparing suffixes as strings.
    static func singularForms(ofASCII word: String) -> [String] {
        var word = word
        return word.withUTF8 { bytes in
            let count = bytes.count
            guard count > 3, bytes[count - 1] == UInt8(ascii: "s"), bytes[count - 2] != UInt8(ascii: "s") else {
                return []
            }
            func prefix(_ length: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
            }
            var forms: [String] = []
            let endsInES = bytes[count - 2] == UInt8(ascii: "e")
            if endsInES, bytes[count - 3] == UInt8(ascii: "i") { forms.append(prefix(count - 3) + "y") }
            if endsInES { forms.append(prefix(count - 2)) }
            forms.append(prefix(count - 1))
            return forms
        }
    }

    /// Singular forms to try for a plural last word (`receptors` → `receptor`, `therapies` → `therapy`).
    static func singularForms(of word: String) -> [String] {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return [] }
        var forms: [String] = []
        if word.hasSuffix("ies") { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
        forms.append(String(word.dropLast()))
        return forms
    }
}
