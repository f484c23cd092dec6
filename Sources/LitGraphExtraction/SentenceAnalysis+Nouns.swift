import LitGraphModel

extension SentenceAnalysis {
    /// Verbs that carry a nominal trigger's subject: "X plays a role in Y", "X has an impact on Y".
    static let supportVerbs: WordSet = [
        "play", "plays", "played", "playing", "have", "has", "had", "having", "exert", "exerts", "exerted",
        "exerting", "represent", "represents", "represented", "is", "are", "was", "were", "be", "constitute",
        "constitutes", "provide", "provides", "form", "forms", "serve", "serves", "show", "shows", "showed",
    ]
    /// Prepositions that introduce a nominal trigger's object.
    static let objectPrepositions: WordSet = ["on", "in", "to", "with", "for", "against", "upon"]

    /// Nominal triggers: "the effect of X on Y", "the inhibition of Y by X", "its interaction with Y",
    /// "an association between X and Y", "X plays a role in Y", "the basis of Y".
    mutating func nounFrame(at index: Int, sense: TriggerSense) {
        let next = index + 1
        guard next < words.count else { return }
        let trigger = index..<next
        if words[next] == "of" {
            let inner = conjuncts(from: next + 1, limit: words.count)
            let after = inner.end
            if after < words.count, Self.objectPrepositions.contains(words[after]) {
                let objects = findObjects(from: after + 1, sense: sense)
                record(
                    subjects: inner.arguments, objects: objects.arguments, sense: objects.sense, trigger: trigger,
                    rule: "nominal-of")
            } else if after < words.count, words[after] == "by" {
                let agents = conjuncts(from: after + 1, limit: words.count).arguments
                record(subjects: agents, objects: inner.arguments, sense: sense, trigger: trigger, rule: "nominal-by")
            } else if let subjects = supportedSubjects(of: index) {
                record(
                    subjects: subjects, objects: inner.arguments, sense: sense, trigger: trigger, rule: "support-verb")
            }
            return
        }
        if words[next] == "between" {
            let pair = conjuncts(from: next + 1, limit: words.count).arguments
            guard pair.count >= 2 else { return }
            record(
                subjects: [pair[0]], objects: Array(pair.dropFirst()), sense: sense, trigger: trigger,
                rule: "nominal-between")
            return
        }
        guard Self.objectPrepositions.contains(words[next]) else { return }
        let subjects: [Argument]
        let rule: String
        if let possessor = possessor(of: index) {
            subjects = resolvePronoun(at: possessor)
            rule = "nominal-possessive"
        } else if let supported = supportedSubjects(of: index) {
            subjects = supported
            rule = "support-verb"
        } else if index > 0, let match = matchAtToken[index - 1] {
            subjects = [argument(forMatch: match)]
            rule = "nominal-compound"
        } else {
            return
        }
        let objects = findObjects(from: next + 1, sense: sense)
        record(subjects: subjects, objects: objects.arguments, sense: objects.sense, trigger: trigger, rule: rule)
    }

    /// The possessive pronoun before a nominal trigger ("its direct interaction"), if any.
    private func possessor(of index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, matchAtToken[cursor] == nil, !(words[cursor] == "its" || words[cursor] == "their"),
            CueWords.determiners.contains(words[cursor]) || isAdverb(cursor)
                || words[cursor].count > 2
                    && !CueWords.prepositions.contains(words[cursor]) && tokens[cursor].kind == .word
                    && index - cursor <= 2
        {
            cursor -= 1
        }
        return cursor >= 0 && (words[cursor] == "its" || words[cursor] == "their") ? cursor : nil
    }

    /// The subject given by a support verb a few words before a nominal trigger
    /// ("plays a critical role", "represents one of the essential bases").
    private func supportedSubjects(of index: Int) -> [Argument]? {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 8 {
            let word = words[cursor]
            if Self.supportVerbs.contains(word) {
                let before = previousContentIndex(before: cursor)
                if let before, (words[before] == "and" || words[before] == "or") {
                    return lastSubjects() ?? clauseSubject(before: cursor)
                }
                let subjects = findSubjects(endingBefore: cursor)
                return subjects.isEmpty ? clauseSubject(before: cursor) : subjects
            }
            let passable =
                CueWords.determiners.contains(word) || isAdverb(cursor) || word == "of"
                || (tokens[cursor].kind == .word && matchAtToken[cursor] == nil && !CueWords.prepositions.contains(word)
                    && !CueWords.auxiliaries.contains(word) && vocabulary.triggers.entries(for: word).isEmpty)
            guard passable else { return nil }
            cursor -= 1
            steps += 1
        }
        return nil
    }
}
