import LitGraphModel

/// Turns a noun phrase that no lexicon knows into an ungrounded entity, or rejects it.
///
/// The name is the phrase without determiners, possessives and evaluative adjectives, lower-cased
/// (symbols keep their case). A phrase is rejected when nothing is left, when its head is a
/// discourse word ("review", "mechanism", "patients"…), when its head looks like an adjective
/// ("social"), when it is a lone common noun ("markers"), when it holds a number, a function word
/// or an adverb, or when it is longer than five words.
/// The category comes from the head word where it tells (`release` → process, `measures` →
/// intervention).
enum NounPhraseNamer {
    /// Head words that type an ungrounded entity.
    static let headCategories: [String: EntityCategory] = [
        "release": .biologicalProcess, "secretion": .biologicalProcess, "function": .biologicalProcess,
        "metabolism": .biologicalProcess, "signaling": .biologicalProcess, "signalling": .biologicalProcess,
        "expression": .biologicalProcess, "activity": .biologicalProcess, "production": .biologicalProcess,
        "synthesis": .biologicalProcess, "pathway": .biologicalProcess, "growth": .biologicalProcess,
        "measures": .intervention, "therapy": .intervention, "therapies": .intervention, "training": .intervention,
        "program": .intervention, "programme": .intervention, "programs": .intervention, "counseling": .intervention,
        "counselling": .intervention, "support": .intervention, "behavior": .phenotype, "behaviour": .phenotype,
        "behaviors": .phenotype, "behaviours": .phenotype, "events": .phenotype, "symptoms": .phenotype,
        "axis": .physiologicalSystem, "disease": .disease, "disorder": .disease, "disorders": .disease,
        "syndrome": .disease, "cancer": .disease, "injury": .disease, "receptor": .geneOrProtein,
        "receptors": .geneOrProtein, "protein": .geneOrProtein, "gene": .geneOrProtein, "hormone": .chemical,
        "hormones": .chemical, "drug": .chemical, "drugs": .chemical,
    ]

    /// Suffixes that mark a word as an adjective rather than a noun head.
    static let adjectiveSuffixes = ["al", "ive", "ous", "ic", "ful", "able", "ible", "less", "ary", "ed"]

    /// The ungrounded entity a run of tokens names, or `nil` when it names nothing worth a node.
    ///
    /// The phrase's words are kept as positions in `tokens`, not copied out: a copied token
    /// retains and releases its two strings, and a phrase was trimmed by removing its first copy.
    static func entity(for tokens: ArraySlice<Token>) -> (entity: Entity, span: TextSpan)? {
        var words: [Int] = []
        words.reserveCapacity(tokens.count)
        for index in tokens.indices
        where tokens[index].kind != .punctuation || Lexicon.connectors.contains(tokens[index].text) {
            words.append(index)
        }
        var lower = 0
        var upper = words.count
        while lower < upper, isDroppedFirst(tokens[words[lower]]) { lower += 1 }
        while upper > lower, tokens[words[upper - 1]].kind == .punctuation { upper -= 1 }
        // "amphetamine-induced motor activity" names the motor activity.
        var position = upper - 1
        while position > lower {
            if tokens[words[position - 1]].kind == .punctuation, tokens[words[position]].lower.hasSuffix("ed") {
                lower = position + 1
                break
            }
            position -= 1
        }
        let phrase = words[lower..<upper]
        let wordCount = phrase.count { tokens[$0].kind != .punctuation }
        guard let headIndex = phrase.last(where: { tokens[$0].kind != .punctuation }), let firstIndex = phrase.first,
            (1...5).contains(wordCount)
        else { return nil }
        guard isNameable(head: tokens[headIndex], alone: wordCount == 1) else { return nil }
        for index in phrase where tokens[index].kind != .punctuation {
            if isExcluded(tokens[index].lower) || tokens[index].kind == .number { return nil }
        }
        var name = ""
        for position in phrase.indices {
            let token = tokens[phrase[position]]
            if position > phrase.startIndex, token.span.start > tokens[phrase[position - 1]].span.end { name += " " }
            name += Lexicon.isSymbol(token.text) ? token.text : token.lower
        }
        let category = headCategories[tokens[headIndex].lower] ?? .other
        let entity = Entity(id: Entity.localIdentifier(for: name), name: name, category: category)
        return (entity, TextSpan(start: tokens[firstIndex].span.start, end: tokens[headIndex].span.end))
    }

    /// Whether a phrase's first token is dropped from its name: punctuation, a determiner or a
    /// signed modifier.
    private static func isDroppedFirst(_ token: Token) -> Bool {
        token.kind == .punctuation || CueWords.determiners.contains(token.lower)
            || CueWords.signedModifiers[token.lower] != nil
    }

    /// Whether a phrase with this head may name an entity: the head is no discourse word, looks no
    /// adjective, is no `-ing` form without a category, is no noun trigger, and is a symbol when
    /// it stands `alone`.
    private static func isNameable(head: Token, alone: Bool) -> Bool {
        guard !CueWords.genericHeads.contains(head.lower), !looksAdjectival(head.lower) else { return false }
        guard !head.lower.hasSuffix("ing") || headCategories[head.lower] != nil else { return false }
        guard !TriggerLexicon.builtIn.entries(for: head.lower).contains(where: { $0.sense.kind == .noun }) else {
            return false
        }
        // A lone common noun ("markers", "accumulation") is too vague for a node; a symbol is not.
        return !alone || Lexicon.isSymbol(head.text)
    }

    /// Function words that cannot stand inside a name, besides the word classes.
    static let excludedWords: WordSet = [
        "and", "or", "as", "thereafter", "than", "not", "alone", "only", "either", "together",
    ]

    /// Whether a word cannot stand inside a name: function words, auxiliaries, adverbs.
    static func isExcluded(_ word: String) -> Bool {
        CueWords.prepositions.contains(word) || CueWords.auxiliaries.contains(word) || CueWords.pronouns.contains(word)
            || CueWords.relativePronouns.contains(word) || CueWords.raisingVerbs.contains(word)
            || CueWords.clauseBarriers.contains(word) || CueWords.hedges.contains(word)
            || CueWords.negation.contains(word) || (word == "a" || word == "an" || word == "the")
            || excludedWords.contains(word)
            || (word.hasSuffix("ly") && word.count > 4)
    }

    static func looksAdjectival(_ word: String) -> Bool {
        guard word.count > 4 else { return false }
        return adjectiveSuffixes.contains { word.hasSuffix($0) }
    }
}
