import LitGraphModel

extension AbbreviationSenses {
    /// The key a short form is matched by: its words and numbers joined, Greek letters spelt out,
    /// connectors (`-`, `/`) dropped, so `TNF-α`, `TNFα` and `TNF-alpha` meet; `nil` for a run
    /// that starts or ends with punctuation or holds punctuation other than connectors.
    static func key(of tokens: ArraySlice<Token>) -> String? {
        guard let first = tokens.first, let last = tokens.last, first.isWordLike, last.isWordLike else { return nil }
        var key = ""
        for token in tokens {
            if token.kind == .punctuation {
                guard Lexicon.connectors.contains(token.text) else { return nil }
                continue
            }
            key += Lexicon.normalizedWord(token.text)
        }
        return key
    }

    /// The key of `tokens[range]`, read from the tokens' key pieces (`keys`): ``key(of:)`` without
    /// normalising any word again.
    static func key(of range: Range<Int>, in tokens: [Token], keys: SentenceKeys) -> String? {
        guard !range.isEmpty, tokens[range.lowerBound].isWordLike, tokens[range.upperBound - 1].isWordLike else {
            return nil
        }
        var key = ""
        for index in range {
            if tokens[index].kind == .punctuation {
                guard keys[index].isConnector else { return nil }
                continue
            }
            key += keys[index].exact
        }
        return key
    }

    /// The keys a short form is also written as: with a plural `s` (`ROSs`), or without one
    /// when it was defined in the plural (`NSAIDs` → `NSAID`).
    static func pluralForms(of key: String) -> [String] {
        var forms = [key, key + "s"]
        let scalars = Array(key.unicodeScalars)
        if scalars.count >= 3, scalars[scalars.count - 1] == "s", scalars[scalars.count - 2].properties.isUppercase {
            forms.append(String(key.dropLast()))
        }
        return forms
    }

    /// Whether a token run is not part of a longer symbol: no number joined to it by a connector
    /// or directly ("PC-3", "3-PC").
    static func standsAlone(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        func joined(_ left: Int, _ right: Int) -> Bool {
            tokens[left].span.end == tokens[right].span.start
        }
        let before = range.lowerBound - 1
        if before >= 0, joined(before, range.lowerBound) {
            if tokens[before].kind == .number { return false }
            if Lexicon.connectors.contains(tokens[before].text), before >= 1, joined(before - 1, before),
                tokens[before - 1].kind == .number
            {
                return false
            }
        }
        let after = range.upperBound
        if after < tokens.count, joined(after - 1, after) {
            if tokens[after].kind == .number { return false }
            if Lexicon.connectors.contains(tokens[after].text), after + 1 < tokens.count, joined(after, after + 1),
                tokens[after + 1].kind == .number
            {
                return false
            }
        }
        return true
    }

    /// The indices of the tokens lying inside `span`.
    static func tokenRange(of span: TextSpan, in tokens: [Token]) -> Range<Int> {
        let lower = tokens.firstIndex { $0.span.start >= span.start } ?? tokens.count
        let upper = tokens[lower...].firstIndex { $0.span.end > span.end } ?? tokens.count
        return lower..<upper
    }
}
