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
    static func entity(for tokens: ArraySlice<Token>) -> (entity: Entity, span: TextSpan)? {
        var words = Array(tokens.filter { $0.kind != .punctuation || Lexicon.connectors.contains($0.text) })
        while let first = words.first,
            first.kind == .punctuation || CueWords.determiners.contains(first.lower)
                || CueWords.signedModifiers[first.lower] != nil
        {
            words.removeFirst()
        }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        // "amphetamine-induced motor activity" names the motor activity.
        if let compound = words.indices.last(where: { index in
            index > 0 && words[index - 1].kind == .punctuation && words[index].lower.hasSuffix("ed")
        }) {
            words.removeSubrange(..<(compound + 1))
        }
        let wordTokens = words.filter { $0.kind != .punctuation }
        guard let head = wordTokens.last, let first = words.first, (1...5).contains(wordTokens.count) else {
            return nil
        }
        guard !CueWords.genericHeads.contains(head.lower), !looksAdjectival(head.lower) else { return nil }
        guard !head.lower.hasSuffix("ing") || headCategories[head.lower] != nil else { return nil }
        guard !TriggerLexicon.builtIn.entries(for: head.lower).contains(where: { $0.sense.kind == .noun }) else {
            return nil
        }
        // A lone common noun ("markers", "accumulation") is too vague for a node; a symbol is not.
        guard wordTokens.count > 1 || Lexicon.isSymbol(head.text) else { return nil }
        for token in wordTokens where isExcluded(token.lower) || token.kind == .number {
            return nil
        }
        var name = ""
        for (offset, token) in words.enumerated() {
            if offset > 0, token.span.start > words[offset - 1].span.end { name += " " }
            name += Lexicon.isSymbol(token.text) ? token.text : token.lower
        }
        let category = headCategories[head.lower] ?? .other
        let entity = Entity(id: Entity.localIdentifier(for: name), name: name, category: category)
        return (entity, TextSpan(start: first.span.start, end: head.span.end))
    }

    /// Whether a word cannot stand inside a name: function words, auxiliaries, adverbs.
    private static func isExcluded(_ word: String) -> Bool {
        CueWords.prepositions.contains(word) || CueWords.auxiliaries.contains(word) || CueWords.pronouns.contains(word)
            || CueWords.relativePronouns.contains(word) || CueWords.raisingVerbs.contains(word)
            || CueWords.clauseBarriers.contains(word) || CueWords.hedges.contains(word)
            || CueWords.negation.contains(word) || (word == "a" || word == "an" || word == "the")
            || ["and", "or", "as", "thereafter", "than", "not", "alone", "only", "either", "together"].contains(word)
            || (word.hasSuffix("ly") && word.count > 4)
    }

    private static func looksAdjectival(_ word: String) -> Bool {
        guard word.count > 4 else { return false }
        return adjectiveSuffixes.contains { word.hasSuffix($0) }
    }
}
