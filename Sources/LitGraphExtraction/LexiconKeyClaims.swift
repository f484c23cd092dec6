import LitGraphModel

/// Which concept wins each lexicon key while ``LexiconBuilder`` compiles: the lowest-ranked source,
/// the first curated row, or nobody when two concepts tie.
struct LexiconKeyClaims {
    /// One key's current owner.
    struct Claim {
        var rank: Int
        var entity: Int
        var ambiguous: Bool
    }

    /// Case-insensitive keys → claim.
    private var folded: [String: Claim] = [:]
    /// Case-sensitive keys → claim.
    private var exact: [String: Claim] = [:]
    /// The most words in a key claimed so far.
    private(set) var maximumWords = 1

    /// Claims the key of `term` for `entity`, or returns the rule that filters the term out.
    mutating func claim(term: String, source: LexiconTermSource, entity: Int, filter: LexiconFilter) -> LexiconRule? {
        let isCurated = source == .curated
        if !isCurated, LexiconFilter.hasUnmatchablePunctuation(term) { return .unmatchablePunctuation }
        let scalars = Array(term.unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        guard let keys = Lexicon.keys(for: tokens[...]) else { return .unmatchablePunctuation }
        if !isCurated, let rule = filter.rejection(of: term, key: keys.exact, words: keys.wordCount) { return rule }
        let caseSensitive = source.isGeneSymbol || Lexicon.isSymbol(term)
        let candidate = Claim(rank: source.rank, entity: entity, ambiguous: false)
        if caseSensitive {
            Self.update(&exact, key: keys.exact, with: candidate)
        } else {
            Self.update(&folded, key: keys.folded, with: candidate)
        }
        maximumWords = max(maximumWords, keys.wordCount)
        return nil
    }

    private static func update(_ table: inout [String: Claim], key: String, with candidate: Claim) {
        guard let current = table[key] else {
            table[key] = candidate
            return
        }
        if candidate.rank < current.rank {
            table[key] = candidate
        } else if candidate.rank == current.rank, candidate.entity != current.entity, candidate.rank > 0 {
            table[key]?.ambiguous = true
        }
    }

    /// The keys each entity won, and how many keys were dropped as ambiguous.
    func keysByEntity(count: Int) -> (folded: [[String]], exact: [[String]], ambiguous: Int) {
        var foldedKeys = Array(repeating: [String](), count: count)
        var exactKeys = Array(repeating: [String](), count: count)
        var ambiguous = 0
        for (key, claim) in folded {
            if claim.ambiguous { ambiguous += 1 } else { foldedKeys[claim.entity].append(key) }
        }
        for (key, claim) in exact {
            if claim.ambiguous { ambiguous += 1 } else { exactKeys[claim.entity].append(key) }
        }
        return (foldedKeys, exactKeys, ambiguous)
    }
}
