import LitGraphModel

extension SentenceAnalysis {
    /// Verbs that introduce an agent noun through "as": "X acts as an inhibitor of Y".
    static let asVerbs: WordSet = [
        "act", "acts", "acted", "acting", "serve", "serves", "served", "function", "functions", "functioned",
        "identified", "used", "characterized", "described", "known", "emerged", "emerges",
    ]

    /// Agent nouns: "X is a potent inhibitor of Y", "X, an agonist of Y,", "X acts as an antagonist of
    /// Y", "X is a Y blocker", "the Y inhibitor X".
    mutating func agentFrame(at index: Int, sense: TriggerSense) {
        let trigger = index..<(index + 1)
        let next = index + 1
        var objects: [Argument] = []
        if next < words.count, (words[next] == "of" || words[next] == "for" || words[next] == "at") {
            objects = conjuncts(from: next + 1, limit: words.count).arguments
        } else if index > 0, let target = matchAtToken[index - 1] {
            objects = [argument(forMatch: target)]
            // "the COX-2 inhibitor celecoxib": the agent follows the noun.
            if next < words.count, let agent = matchAtToken[next], matches[agent].tokens.lowerBound == next {
                record(
                    subjects: [argument(forMatch: agent)], objects: objects, sense: sense, trigger: trigger,
                    rule: "agent-compound")
                return
            }
        }
        guard !objects.isEmpty, let (subjects, rule) = agentSubjects(of: index) else { return }
        record(subjects: subjects, objects: objects, sense: sense, trigger: trigger, rule: rule)
    }

    /// The entity an agent noun describes: the phrase before an apposition comma, a copula, or
    /// "acts as"; `nil` when the noun stands in a phrase of its own ("an inhibitor of Y reduced Z").
    private func agentSubjects(of index: Int) -> ([Argument], String)? {
        var cursor = index - 1
        if cursor >= 0, let target = matchAtToken[cursor] { cursor = matches[target].tokens.lowerBound - 1 }
        var steps = 0
        while cursor >= 0, steps < 4, matchAtToken[cursor] == nil, tokens[cursor].kind == .word,
            CueWords.determiners.contains(words[cursor]) || isAdverb(cursor)
                || !(CueWords.prepositions.contains(words[cursor]) || CueWords.auxiliaries.contains(words[cursor])
                    || ["and", "or", "as", "that", "which"].contains(words[cursor]))
        {
            cursor -= 1
            steps += 1
        }
        guard cursor >= 1 else { return nil }
        let word = words[cursor]
        if word == ",", let match = matchAtToken[cursor - 1] {
            return ([argument(forMatch: match)], "apposition")
        }
        if word == "(", let match = matchAtToken[cursor - 1] {
            return ([argument(forMatch: match)], "apposition")
        }
        if CueWords.beForms.contains(word) {
            let subjects = findSubjects(endingBefore: cursor)
            return subjects.isEmpty ? nil : (subjects, "copula-agent")
        }
        if word == "as", Self.asVerbs.contains(words[cursor - 1]) {
            let subjects = findSubjects(endingBefore: cursor - 1)
            return subjects.isEmpty ? nil : (subjects, "copula-agent")
        }
        return nil
    }
}
