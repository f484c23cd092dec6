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
        let token = tokens[start]
        // A charge starts with a touching `+` or `(` (``chargeEnd(in:after:numbered:)``).
        guard token.kind == .word, start + 1 < tokens.count,
            tokens[start + 1].text == "+" || tokens[start + 1].text == "("
        else { return nil }
        let symbol = String(token.text.prefix { $0.isLetter })
        let charge = token.text.dropFirst(symbol.count)
        guard let name = Self.cations[symbol], charge.allSatisfy(\.isNumber),
            let end = Self.chargeEnd(in: tokens, after: start, numbered: !charge.isEmpty),
            let entity = lexicon.entity(named: name)
        else { return nil }
        return Match(tokens: start..<end, entity: entity)
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
