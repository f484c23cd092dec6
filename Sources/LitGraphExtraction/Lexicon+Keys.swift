import LitGraphModel

extension Lexicon {
    /// Punctuation that may join or separate the words of a term without changing it.
    static let connectors: Set<String> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "/", "'", "\u{2019}"]

    /// Greek letters spelt out, so `TNF-α` and `TNF-alpha` share a key.
    static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa", "λ": "lambda",
        "μ": "mu", "µ": "mu", "σ": "sigma", "τ": "tau", "ω": "omega",
    ]

    /// The lookup keys for a token run: `exact` keeps case, `folded` is lower-cased; `nil` when the
    /// run holds punctuation other than connectors, or no word.
    static func keys(for tokens: ArraySlice<Token>) -> (exact: String, folded: String, wordCount: Int)? {
        var words: [String] = []
        for token in tokens {
            if token.kind == .punctuation {
                guard connectors.contains(token.text) else { return nil }
                continue
            }
            words.append(spellGreek(token.text))
        }
        guard !words.isEmpty else { return nil }
        let exact = words.joined(separator: " ")
        return (exact, exact.lowercased(), words.count)
    }

    /// The text with Greek letters replaced by their names.
    static func spellGreek(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var result = ""
        for character in text {
            if let name = greek[character] { result += name } else { result.append(character) }
        }
        return result
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
