import LitGraphModel

extension SentenceAnalysis {
    /// The objects of a trigger, starting at `start`, and the sense to record them with: the
    /// trigger's own, or a composition with a signed nominal or participle that opens the object
    /// ("leads to a reduction in Y", "inhibits the activation of Y", "leads to improved Y",
    /// "a role in regulating Y").
    mutating func findObjects(from start: Int, sense: TriggerSense) -> (arguments: [Argument], sense: TriggerSense) {
        var cursor = start
        while cursor < words.count, isAdverb(cursor) || CueWords.determiners.contains(words[cursor]) {
            cursor += 1
        }
        guard cursor < words.count else { return ([], sense) }
        var composed = sense
        if let inner = vocabulary.triggers.entries(for: words[cursor]).first(where: { $0.form == .gerund }),
            matchAtToken[cursor] == nil
        {
            composed = compose(sense, inner.sense)
            consumed.insert(cursor)
            cursor += 1
        } else if let inner = vocabulary.triggers.entries(for: words[cursor]).first(where: { $0.sense.kind == .noun }),
            matchAtToken[cursor] == nil, cursor + 1 < words.count,
            (words[cursor + 1] == "in" || words[cursor + 1] == "of"),
            sense.composes, inner.sense.composes
        {
            composed = compose(sense, inner.sense)
            consumed.insert(cursor)
            cursor += 2
        } else if let sign = CueWords.signedModifiers[words[cursor]], sense.effect == .causes {
            composed.effect = sign == .positive ? .positive : .negative
            cursor += 1
        }
        return (conjuncts(from: cursor, limit: words.count).arguments, composed)
    }

    /// The sense of an outer trigger applied to an inner one: a cause or a frame noun takes the
    /// inner sense; two signed senses multiply their signs; an unsigned outer stays unsigned.
    private func compose(_ outer: TriggerSense, _ inner: TriggerSense) -> TriggerSense {
        var result = inner
        switch (outer.effect, inner.effect) {
        case (.causes, _): return inner
        case (.regulates, _) where outer.kind == .noun || outer.kind == .adjective: return inner
        case (.regulates, _): result.effect = .regulates
        case (.positive, _), (.ameliorates, _): result.effect = inner.polarity == .negative ? .negative : inner.effect
        case (.negative, _), (.prevents, _):
            result.effect =
                inner.polarity == .negative ? .positive : (inner.polarity == .positive ? .negative : .regulates)
        default: return outer
        }
        return result
    }

    /// The arguments of a list of noun phrases ("A, B, C and D", "estrogen and its receptors").
    ///
    /// The list runs from `start` up to `limit`; each phrase gives its first entity, or an
    /// ungrounded one when it names something. Returns the arguments and the index after the list.
    func conjuncts(from start: Int, limit: Int) -> (arguments: [Argument], end: Int) {
        var arguments: [Argument] = []
        var cursor = start
        var previous: Entity?
        var joinedByComma = false
        for _ in 0..<12 {
            let (end, argument) = conjunct(from: cursor, limit: limit, previous: previous)
            let endsAtVerb =
                end < limit && (isVerbTrigger(end) || (joinedByComma && CueWords.auxiliaries.contains(words[end])))
            if endsAtVerb, cursor > start { break }
            if let argument {
                arguments.append(argument)
                previous = argument.entity
            }
            cursor = end
            if cursor < limit, words[cursor] == "(", let close = words[cursor..<limit].firstIndex(of: ")") {
                // "cytokines (IL-6, TNF and IL-1β)": the members listed in parentheses.
                arguments += conjuncts(from: cursor + 1, limit: close).arguments
                cursor = close + 1
            }
            guard cursor < limit, (words[cursor] == "," || words[cursor] == "and" || words[cursor] == "or") else {
                break
            }
            joinedByComma = words[cursor] == ","
            cursor += 1
            while cursor < limit, (words[cursor] == "and" || words[cursor] == "or") { cursor += 1 }
            guard cursor < limit, !opensClause(at: cursor) else { break }
        }
        return (arguments, cursor)
    }

    /// Whether a new clause starts at `index` (so a list before it has ended).
    private func opensClause(at index: Int) -> Bool {
        let word = words[index]
        if CueWords.relativePronouns.contains(word) || CueWords.clauseBarriers.contains(word) { return true }
        if CueWords.hedges.contains(word)
            || (word == "suggesting" || word == "indicating" || word == "whereas" || word == "respectively")
        {
            return true
        }
        return isVerbTrigger(index)
    }

    /// One noun phrase from `start`: its end, and the argument it names.
    private func conjunct(from start: Int, limit: Int, previous: Entity?) -> (Int, Argument?) {
        var cursor = start
        var firstMatch: Int?
        var endedAtArticle = false
        while cursor < limit {
            if let match = matchAtToken[cursor] {
                if firstMatch == nil { firstMatch = match }
                cursor = matches[match].tokens.upperBound
                continue
            }
            let token = tokens[cursor]
            let word = words[cursor]
            if word == "of", firstMatch == nil, cursor > start,
                CueWords.measureNouns.contains(words[cursor - 1]) || Self.lossNouns.contains(words[cursor - 1])
            {
                cursor += 1
                continue
            }
            let joins = token.kind == .punctuation && Lexicon.connectors.contains(token.text)
            let isBoundary =
                (token.kind == .punctuation && !joins) || CueWords.prepositions.contains(word)
                || CueWords.auxiliaries.contains(word) || CueWords.relativePronouns.contains(word)
                || CueWords.clauseBarriers.contains(word) || (word == "and" || word == "or")
                || (cursor > start && isVerbTrigger(cursor))
            if isBoundary { break }
            if cursor > start, (word == "a" || word == "an" || word == "the"),
                !CueWords.determiners.contains(words[cursor - 1])
            {
                endedAtArticle = true
                break
            }
            cursor += 1
        }
        let phrase = start..<cursor
        guard !phrase.isEmpty, !endedAtArticle || firstMatch != nil else { return (cursor, nil) }
        if let firstMatch {
            let headIsPopulation =
                matchAtToken[cursor - 1] == nil && CueWords.populationNouns.contains(words[cursor - 1])
            return (cursor, headIsPopulation ? nil : argument(forMatch: firstMatch))
        }
        if (words[start] == "its" || words[start] == "their"), let previous, cursor - start > 1 {
            let rest = tokens[(start + 1)..<cursor].map(\.text).joined(separator: " ")
            if let entity = vocabulary.lexicon.entity(named: previous.name + " " + rest) {
                return (cursor, Argument(entity: entity, span: span(of: phrase)))
            }
        }
        let named = NounPhraseNamer.entity(for: tokens[phrase])
        return (cursor, named.map { Argument(entity: $0.entity, span: $0.span) })
    }
}
