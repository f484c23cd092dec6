import LitGraphModel

/// Finds lexicon entities in a token sequence: leftmost, then longest match.
///
/// A run's own keys are tried first, then its plural's singular, then the written variants of
/// ``variantEntity(_:first:mayJoin:mayBeSalt:)``; a metal cation with its charge (``cationMatch(in:from:)``) is
/// matched before any of them.
///
/// Keys are hashed word by word as a run grows (``SentenceKeys``), so extending a run by one word
/// costs one hash of that word and no string is built; runs over the rare tokens whose pieces do
/// not allow that take the string-building path (``longestMatchBuildingKeys(in:keys:from:)``), which
/// gives the same matches.
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
    /// Whether every run's keys are built as strings rather than hashed word by word: the reference
    /// the hashed path is tested against; the matches are the same either way.
    var buildsKeyStrings = false

    /// The matches in `tokens`, in order, never overlapping.
    ///
    /// Complexity: O(n · k) for n tokens and terms of at most k words; k is small (≤ 10).
    func matches(in tokens: [Token]) -> [Match] {
        matches(in: tokens, keys: SentenceKeys(tokens))
    }

    /// The matches in `tokens`, whose key pieces are `keys`, in order, never overlapping.
    func matches(in tokens: [Token], keys: SentenceKeys) -> [Match] {
        var matches: [Match] = []
        var start = 0
        while start < tokens.count {
            if tokens[start].isWordLike,
                let match = cationMatch(in: tokens, from: start)
                    ?? (buildsKeyStrings
                        ? longestMatchBuildingKeys(in: tokens, keys: keys, from: start)
                        : longestMatch(in: tokens, keys: keys, from: start))
            {
                matches.append(match)
                start = match.tokens.upperBound
            } else {
                start += 1
            }
        }
        return Self.removing(matches) { isModifier($0, in: tokens) }
    }

    /// `matches` without those `isRemoved` picks, each tested once; most sentences have none, and
    /// the array is then returned as it is rather than copied.
    static func removing(_ matches: [Match], where isRemoved: (Match) -> Bool) -> [Match] {
        guard let first = matches.firstIndex(where: isRemoved) else { return matches }
        var kept = Array(matches[..<first])
        for match in matches[(first + 1)...] where !isRemoved(match) { kept.append(match) }
        return kept
    }

    /// The longest match starting at `start`, hashing the run's keys as it grows.
    private func longestMatch(in tokens: [Token], keys: SentenceKeys, from start: Int) -> Match? {
        var best: Match?
        var run = RunKeys()
        var end = start
        while end < tokens.count {
            // The piece's fields are read in place: copying a piece costs more than the lookups.
            if tokens[end].kind == .punctuation {
                guard keys.pieces[end].isConnector, end + 1 < tokens.count,
                    tokens[end + 1].span.start == tokens[end].span.end
                        || tokens[end].span.start == tokens[end - 1].span.end
                else { break }
                end += 1
                continue
            }
            guard keys.pieces[end].isPlain else { return longestMatchBuildingKeys(in: tokens, keys: keys, from: start) }
            run.append(keys.pieces[end], kind: tokens[end].kind)
            guard run.words <= lexicon.maximumTermLength else { break }
            if let entity = lookUp(tokens[start...end], run: run, keys: keys) {
                best = Match(tokens: start..<(end + 1), entity: entity)
            }
            // No term continues this run, and no written variant could join the next token to it.
            if !lexicon.mayExtend(folded: run.folded, exact: run.exact), !mayJoinNumber(tokens, keys, after: end) {
                break
            }
            end += 1
        }
        return best
    }

    /// Whether the token after `index` (past a connector) is a number a variant may join to the run
    /// ("IL-10", "MEK 1").
    private func mayJoinNumber(_ tokens: [Token], _ keys: SentenceKeys, after index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, keys.pieces[next].isConnector { next += 1 }
        return next < tokens.count && tokens[next].kind == .number
    }

    /// The entity of a run: its own keys, its last word's singular, then a written variant.
    ///
    /// Inlined into its one caller: called, it copied the recognizer (with its lexicon, 176 bytes)
    /// twice per lookup.
    @inline(__always)
    private func lookUp(_ run: ArraySlice<Token>, run hashed: RunKeys, keys: SentenceKeys) -> Entity? {
        if let entity = lexicon.entity(exact: hashed.exact) ?? lexicon.entity(folded: hashed.folded) { return entity }
        guard tokens(run, endWith: .word) else {
            return variantEntity(run, keys: keys, mayJoin: hashed.joinsNumber, mayBeSalt: hashed.mayBeSalt)
        }
        for singular in keys.pieces[run.endIndex - 1].singulars {
            if let entity = lexicon.entity(folded: hashed.foldedBeforeLastWord.appending(singular)) { return entity }
        }
        return variantEntity(run, keys: keys, mayJoin: hashed.joinsNumber, mayBeSalt: hashed.mayBeSalt)
    }

    /// The same matching as ``longestMatch(in:keys:from:)``, building each run's key strings.
    private func longestMatchBuildingKeys(in tokens: [Token], keys pieces: SentenceKeys, from start: Int) -> Match? {
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
            if let entity = lookUp(tokens[start...end], keys: keys, pieces: pieces) {
                best = Match(tokens: start..<(end + 1), entity: entity)
            }
            if !lexicon.mayExtend(foldedKey: keys.folded, exactKey: keys.exact),
                !mayJoinNumber(tokens, pieces, after: end)
            {
                break
            }
            end += 1
        }
        return best
    }

    private func lookUp(
        _ run: ArraySlice<Token>, keys: (exact: String, folded: String, wordCount: Int), pieces: SentenceKeys
    ) -> Entity? {
        if let entity = lexicon.entity(exactKey: keys.exact) ?? lexicon.entity(foldedKey: keys.folded) {
            return entity
        }
        guard let last = run.last, last.kind == .word else {
            return variantEntity(run, keys: pieces, mayJoin: true, mayBeSalt: true)
        }
        let prefix = keys.folded.lastIndex(of: " ").map { keys.folded[...$0] } ?? ""
        for singular in Lexicon.singularForms(of: last.lower) {
            let word = Lexicon.foldedWord(Lexicon.normalizedWord(singular))
            if let entity = lexicon.entity(foldedKey: prefix + word) { return entity }
        }
        return variantEntity(run, keys: pieces, mayJoin: true, mayBeSalt: true)
    }

    /// Whether the run's last token is of `kind`, read without copying the token.
    private func tokens(_ run: ArraySlice<Token>, endWith kind: Token.Kind) -> Bool {
        !run.isEmpty && run[run.endIndex - 1].kind == kind
    }
}
