import LitGraphModel

extension SentenceAnalysis {
    /// Nouns through which a possessor acts: "their ability to modulate Y".
    static let capacityNouns: WordSet = ["ability", "capacity", "capability", "potential", "tendency", "power"]

    /// The subjects of a verb at `index`: the noun phrase to its left, past auxiliaries, adverbs,
    /// raising verbs ("has been found to"), a relative pronoun and comma-delimited insertions.
    func findSubjects(endingBefore index: Int) -> [Argument] {
        var cursor = index - 1
        while cursor >= 0, isSkippableBeforeVerb(cursor) { cursor -= 1 }
        guard cursor >= 0 else { return [] }
        if (words[cursor] == "and" || words[cursor] == "or" || words[cursor] == "but") {
            return lastSubjects() ?? clauseSubject(before: cursor)
        }
        var members: [Argument] = []
        if words[cursor] == "," {
            guard let insertion = insertion(endingAt: cursor) else { return [] }
            members = insertion.members
            cursor = insertion.start - 1
            guard cursor >= 0 else { return members }
        }
        if Self.capacityNouns.contains(words[cursor]), cursor > 0 {
            if CueWords.pronouns.contains(words[cursor - 1]) { return resolvePronoun(at: cursor - 1) }
        }
        var isRelative = false
        if CueWords.relativePronouns.contains(words[cursor]) {
            isRelative = true
            cursor -= 1
            if cursor >= 0, words[cursor] == "," { cursor -= 1 }
            guard cursor >= 0 else { return [] }
        }
        return subjects(inPhraseEndingAt: cursor, members: members, isRelative: isRelative, hops: 2)
    }

    private func subjects(inPhraseEndingAt end: Int, members: [Argument], isRelative: Bool, hops: Int) -> [Argument] {
        let phrase = nounPhrase(endingAt: end)
        guard !phrase.isEmpty else { return members }
        let found = arguments(inPhrase: phrase)
        if !found.isEmpty { return found }
        if let definite = definiteReference(in: phrase) { return definite }
        if CueWords.pronouns.contains(words[phrase.lowerBound]) { return resolvePronoun(at: phrase.lowerBound) }
        if !members.isEmpty { return members }
        let before = phrase.lowerBound - 1
        if isRelative, before >= 1, CueWords.beForms.contains(words[before]) {
            return subjects(inPhraseEndingAt: before - 1, members: [], isRelative: false, hops: hops)
        }
        if hops > 0, before >= 1, ["in", "among", "with", "from", "during", "of"].contains(words[before]) {
            return subjects(inPhraseEndingAt: before - 1, members: [], isRelative: false, hops: hops - 1)
        }
        return NounPhraseNamer.entity(for: tokens[phrase]).map { [Argument(entity: $0.entity, span: $0.span)] } ?? []
    }

    /// Whether a token may stand between a subject and its verb.
    private func isSkippableBeforeVerb(_ index: Int) -> Bool {
        let word = words[index]
        return isAdverb(index) || CueWords.auxiliaries.contains(word) || CueWords.raisingVerbs.contains(word)
            || CueWords.negation.contains(word) || CueWords.hedges.contains(word)
    }

    /// The noun phrase ending at `end`, reaching left over words, `of` and joining punctuation,
    /// and over coordinated entity mentions ("X and Y").
    func nounPhrase(endingAt end: Int) -> Range<Int> {
        var start = end + 1
        var cursor = end
        while cursor >= 0 {
            if let match = matchAtToken[cursor] {
                cursor = matches[match].tokens.lowerBound - 1
                start = cursor + 1
                continue
            }
            let token = tokens[cursor]
            let word = words[cursor]
            let joins = token.kind == .punctuation && Lexicon.connectors.contains(token.text)
            let isBoundary =
                (token.kind == .punctuation && !joins) || CueWords.auxiliaries.contains(word)
                || (CueWords.prepositions.contains(word) && word != "of") || CueWords.relativePronouns.contains(word)
                || CueWords.clauseBarriers.contains(word) || isVerbTrigger(cursor) || (word == "and" || word == "or")
            if isBoundary { break }
            start = cursor
            cursor -= 1
        }
        while start <= end, words[start] == "of" || tokens[start].kind == .punctuation { start += 1 }
        guard start <= end else { return start..<start }
        return extendCoordination(start..<(end + 1))
    }

    /// Extends a phrase that starts with an entity to entities coordinated before it ("X and Y").
    private func extendCoordination(_ phrase: Range<Int>) -> Range<Int> {
        var start = phrase.lowerBound
        while start >= 2, matchAtToken[start] != nil || CueWords.determiners.contains(words[start]) {
            let joiner = words[start - 1]
            guard joiner == "and" || joiner == "or" || joiner == ",", let left = matchAtToken[start - 2] else { break }
            let leftStart = matches[left].tokens.lowerBound
            let opener = leftStart > 0 ? words[leftStart - 1] : ""
            guard
                leftStart == 0 || opener == "," || opener == "and" || CueWords.determiners.contains(opener)
                    || CueWords.clauseBarriers.contains(opener)
            else { break }
            start = leftStart
        }
        return start..<phrase.upperBound
    }

    /// The entities a phrase names.
    ///
    /// Those before its first `of` count when there are any, else those after it. Of entities in a row without a conjunction ("LPS-induced inflammation") only the
    /// last, the head, counts; an entity that only modifies a population head ("breast cancer
    /// patients") does not count.
    func arguments(inPhrase phrase: Range<Int>) -> [Argument] {
        guard !phrase.isEmpty else { return [] }
        let head = phrase.upperBound - 1
        let populationHead = matchAtToken[head] == nil && CueWords.populationNouns.contains(words[head])
        var groups: [[Argument]] = [[], []]
        var part = 0
        var coordinated = true
        var lastMatch: Int?
        for index in phrase {
            if words[index] == "of", matchAtToken[index] == nil, part == 0 {
                part = 1
                coordinated = true
            }
            if (words[index] == "and" || words[index] == "or" || words[index] == ",") { coordinated = true }
            guard let match = matchAtToken[index], match != lastMatch else { continue }
            lastMatch = match
            guard matches[match].tokens.upperBound <= phrase.upperBound else { continue }
            if !coordinated, !groups[part].isEmpty { groups[part].removeLast() }
            groups[part].append(argument(forMatch: match))
            coordinated = false
        }
        if !groups[0].isEmpty { return populationHead && part == 0 ? [] : groups[0] }
        return groups[1]
    }

    /// The subject of the clause containing `index`: the first entity (or pronoun) after the
    /// clause's start, past an introductory phrase ("In patients with X, …", "However, …").
    func clauseSubject(before index: Int) -> [Argument] {
        var start = 0
        for cursor in stride(from: index - 1, through: 0, by: -1)
        where words[cursor] == ";" || CueWords.clauseBarriers.contains(words[cursor]) {
            start = cursor + 1
            break
        }
        if start < index, CueWords.prepositions.contains(words[start]) || isAdverb(start) || words[start] == "however",
            let comma = words[start..<index].firstIndex(of: ",")
        {
            start = comma + 1
        }
        var cursor = start
        while cursor < index {
            if let match = matchAtToken[cursor] {
                return arguments(inPhrase: nounPhrase(endingAt: matches[match].tokens.upperBound - 1))
            }
            if CueWords.pronouns.contains(words[cursor]) { return resolvePronoun(at: cursor) }
            if words[cursor] == "," || isVerbTrigger(cursor) || CueWords.auxiliaries.contains(words[cursor]) { break }
            cursor += 1
        }
        return []
    }

    /// A comma-delimited insertion ending at the comma `end` (", through its …,", ", including A and B,"):
    /// where it starts, and the members it lists when it lists examples.
    func insertion(endingAt end: Int) -> (start: Int, members: [Argument])? {
        guard let open = words[..<end].lastIndex(of: ","), open + 1 < end else { return nil }
        let first = words[open + 1]
        let openers: Set<String> = [
            "through", "including", "such", "e.g", "especially", "particularly", "which", "who", "like", "via", "by",
            "in", "with", "as", "unlike", "despite", "for", "namely", "i.e", "when", "via", "a", "an", "the",
        ]
        guard openers.contains(first) || CueWords.prepositions.contains(first) else { return nil }
        var members: [Argument] = []
        if ["including", "such", "e.g", "especially", "particularly", "namely", "like"].contains(first) {
            var listStart = open + 2
            while listStart < end, (words[listStart] == "as" || words[listStart] == "." || words[listStart] == ",") {
                listStart += 1
            }
            members = conjuncts(from: listStart, limit: end).arguments
        }
        return (open, members)
    }

    /// The antecedents of the pronoun at `index`: the nearest entity before it in this sentence,
    /// else the previous sentence's subjects, else its first entity.
    func resolvePronoun(at index: Int) -> [Argument] {
        let pronounSpan = tokens[index].span
        if let match = matchAtToken[..<index].last(where: { $0 != nil }) ?? nil {
            return [Argument(entity: matches[match].entity, span: pronounSpan)]
        }
        return context.antecedents.map { Argument(entity: $0, span: pronounSpan) }
    }
}
