import LitGraphModel

/// Finds lexicon entities in a token sequence: leftmost, then longest match.
///
/// A run's own keys are tried first, then its plural's singular, then the written variants of
/// ``variantEntity(_:folded:)``; a metal cation with its charge (``cationMatch(in:from:)``) is
/// matched before any of them.
struct EntityRecognizer: Sendable {
    /// An entity found over a run of tokens.
    struct Match: Sendable, Hashable {
        /// The tokens covered, as indices into the sentence's tokens.
        var tokens: Range<Int>
        /// The entity matched.
        var entity: Entity
    }

    /// The lexicon matched against.
    let lexicon: Lexicon
    /// Whether a capitalised word without a digit ("Akt", "Bax", "Cox") may be read as a gene
    /// symbol in rodent nomenclature: set for documents about mice or rats, where that spelling is
    /// the convention; elsewhere such words are far more often not genes ("Proc", "Nat", "Cis").
    var matchesRodentSymbols = true

    /// The matches in `tokens`, in order, never overlapping.
    ///
    /// Complexity: O(n · k²) for n tokens and terms of at most k words; k is small (≤ 10).
    func matches(in tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        var start = 0
        while start < tokens.count {
            if tokens[start].isWordLike,
                let match = cationMatch(in: tokens, from: start) ?? longestMatch(in: tokens, from: start)
            {
                matches.append(match)
                start = match.tokens.upperBound
            } else {
                start += 1
            }
        }
        return matches.filter { !isModifier($0, in: tokens) }
    }

    private func longestMatch(in tokens: [Token], from start: Int) -> Match? {
        var best: Match?
        var words = 0
        var end = start
        while end < tokens.count {
            let token = tokens[end]
            if token.kind == .punctuation {
                guard Lexicon.connectors.contains(token.text), end + 1 < tokens.count,
                    tokens[end + 1].span.start == token.span.end || token.span.start == tokens[end - 1].span.end
                else { break }
                end += 1
                continue
            }
            words += 1
            guard words <= lexicon.maximumTermLength, let keys = Lexicon.keys(for: tokens[start...end]) else { break }
            if let entity = lookUp(tokens[start...end], keys: keys) {
                best = Match(tokens: start..<(end + 1), entity: entity)
            }
            // No term continues this run, and no written variant could join the next token to it.
            if !lexicon.mayExtend(foldedKey: keys.folded, exactKey: keys.exact), !mayJoinNumber(tokens, after: end) {
                break
            }
            end += 1
        }
        return best
    }

    /// Whether the token after `index` (past a connector) is a number a variant may join to the run
    /// ("IL-10", "MEK 1").
    private func mayJoinNumber(_ tokens: [Token], after index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .punctuation, Lexicon.connectors.contains(tokens[next].text) {
            next += 1
        }
        return next < tokens.count && tokens[next].kind == .number
    }

    private func lookUp(_ run: ArraySlice<Token>, keys: (exact: String, folded: String, wordCount: Int)) -> Entity? {
        if let entity = lexicon.entity(exactKey: keys.exact) ?? lexicon.entity(foldedKey: keys.folded) {
            return entity
        }
        guard let last = run.last, last.kind == .word else { return variantEntity(run, folded: keys.folded) }
        let prefix = keys.folded.lastIndex(of: " ").map { keys.folded[...$0] } ?? ""
        for singular in Lexicon.singularForms(of: last.lower) {
            let word = Lexicon.foldedWord(Lexicon.normalizedWord(singular))
            if let entity = lexicon.entity(foldedKey: prefix + word) { return entity }
        }
        return variantEntity(run, folded: keys.folded)
    }
}
