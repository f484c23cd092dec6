import LitGraphModel

extension EntityRecognizer {
    /// Metal cations by element symbol, named as the lexicon names the element.
    static let cations: [String: String] = [
        "Ca": "calcium", "K": "potassium", "Na": "sodium", "Mg": "magnesium", "Zn": "zinc", "Fe": "iron",
        "Cu": "copper", "Li": "lithium", "Mn": "manganese", "Cd": "cadmium",
    ]

    /// A metal cation written with its charge at `start`: `Ca2+`, `Ca++`, `K+`, `Ca(2+)`, `Na(+)`.
    ///
    /// An element symbol only names the element when a charge follows it, touching: `K` or `Na`
    /// alone are left alone. The match takes the element's lexicon entry (`Ca2+` → calcium), as
    /// BC5CDR and BioRED annotate ions.
    func cationMatch(in tokens: [Token], from start: Int) -> Match? {
        // A charge starts with a touching `+` or `(` (``chargeEnd(in:after:numbered:)``). The first
        // byte is tested before anything else, and the token is read in place until it passes: most
        // words start no symbol, and a copy of a token retains and releases its two strings.
        guard tokens[start].kind == .word, Self.mayStartCation(tokens[start].text), start + 1 < tokens.count,
            tokens[start + 1].text == "+" || tokens[start + 1].text == "("
        else { return nil }
        let token = tokens[start]
        let symbol = String(token.text.prefix { $0.isLetter })
        let charge = token.text.dropFirst(symbol.count)
        guard let name = Self.cations[symbol], charge.allSatisfy(\.isNumber),
            let end = Self.chargeEnd(in: tokens, after: start, numbered: !charge.isEmpty),
            let entity = lexicon.entity(named: name)
        else { return nil }
        return Match(tokens: start..<end, entity: entity)
    }

    /// Whether `text` may begin with a symbol of ``cations``: its first byte begins one.
    ///
    /// A test on one byte that refuses, before any string is built, the words followed by `(`
    /// that no symbol begins; it never refuses one the full test would take, as every symbol
    /// starts with an ASCII capital that is a whole character on its own.
    static func mayStartCation(_ text: String) -> Bool {
        guard let first = text.utf8.first, (64..<128).contains(first) else { return false }
        return cationInitials & (1 << UInt64(first - 64)) != 0
    }

    /// The first bytes of the symbols of ``cations`` (all ASCII capitals, 64–127), bit `byte − 64`
    /// set for each.
    private static let cationInitials: UInt64 = cations.keys.reduce(0) { mask, symbol in
        guard let first = symbol.utf8.first, (64..<128).contains(first) else { return mask }
        return mask | 1 << UInt64(first - 64)
    }

    /// The end of a touching charge after `index`: one or more `+`, or `(`, an optional number, `+`
    /// and `)`; `numbered` when the number was already written against the symbol.
    private static func chargeEnd(in tokens: [Token], after index: Int, numbered: Bool) -> Int? {
        var end = index + 1
        func touching(_ text: String) -> Bool {
            end < tokens.count && tokens[end].text == text && tokens[end].span.start == tokens[end - 1].span.end
        }
        if touching("+") {
            while touching("+") { end += 1 }
            return end
        }
        guard !numbered, touching("(") else { return nil }
        end += 1
        if end < tokens.count, tokens[end].kind == .number, tokens[end].span.start == tokens[end - 1].span.end {
            end += 1
        }
        guard touching("+") else { return nil }
        end += 1
        guard touching(")") else { return nil }
        return end + 1
    }
}
