import LitGraphModel

extension SentenceAnalysis {
    /// Verb triggers: active ("X increases Y"), passive ("Y is increased by X"), compound
    /// participles ("X-induced Y"), participial and means clauses ("…, impacting Y", "by
    /// influencing A, B and C"), and infinitives ("were employed to improve Y").
    mutating func verbFrame(at index: Int, entry: TriggerLexicon.Entry) {
        let sense = entry.sense
        if entry.form == .pastParticiple, index >= 2, (words[index - 1] == "-" || words[index - 1] == "\u{2010}"),
            let match = matchAtToken[index - 2]
        {
            let objects = findObjects(from: index + 1, sense: sense)
            record(
                subjects: [argument(forMatch: match)], objects: objects.arguments, sense: objects.sense,
                trigger: index..<(index + 1), rule: "compound-participle")
            return
        }
        var objectStart = index + 1
        var triggerEnd = index + 1
        if let particle = sense.particle {
            if objectStart < words.count, words[objectStart] == particle {
                objectStart += 1
                triggerEnd += 1
            } else if !sense.particleIsOptional {
                return
            }
        }
        let trigger = index..<triggerEnd
        let before = previousContentIndex(before: index)
        let beforeWord = before.map { words[$0] }
        switch entry.form {
        case .pastParticiple:
            if let before, CueWords.beForms.contains(words[before]) {
                passiveFrame(at: index, sense: sense, trigger: trigger, objectStart: objectStart)
                return
            }
            if let before, let beforeWord,
                isDeterminer(before) || CueWords.prepositions.contains(beforeWord)
                    || (beforeWord == "showed" || beforeWord == "exhibited" || beforeWord == "had"
                        || beforeWord == "displayed")
            {
                return
            }
        case .gerund:
            guard let before, let beforeWord else { return }
            if comparisonFrame(at: index, preposition: before, sense: sense, trigger: trigger, objectStart: objectStart)
            {
                return
            }
            let clauseOpeners = ["by", "thereby", "through", "via", ",", "and", "thus"]
            guard clauseOpeners.contains(beforeWord) else { return }
            let subjects = lastSubjects() ?? findSubjects(endingBefore: before)
            let objects = findObjects(from: objectStart, sense: sense)
            let rule = beforeWord == "," || beforeWord == "and" ? "participle-clause" : "means-clause"
            record(subjects: subjects, objects: objects.arguments, sense: objects.sense, trigger: trigger, rule: rule)
            return
        case .finite:
            if let before, isDeterminer(before) { return }
        }
        let subjects = findSubjects(endingBefore: index)
        guard !subjects.isEmpty else { return }
        let objects = findObjects(from: objectStart, sense: sense)
        let rule = words[max(0, index - 1)] == "to" ? "infinitive" : "active-verb"
        record(subjects: subjects, objects: objects.arguments, sense: objects.sense, trigger: trigger, rule: rule)
    }

    /// "Y is regulated by X" (and "Y was associated with X", whose particle keeps the active order).
    private mutating func passiveFrame(at index: Int, sense: TriggerSense, trigger: Range<Int>, objectStart: Int) {
        if sense.particle != nil, trigger.count > 1 {
            let subjects = findSubjects(endingBefore: index)
            let objects = findObjects(from: objectStart, sense: sense)
            record(
                subjects: subjects, objects: objects.arguments, sense: objects.sense, trigger: trigger,
                rule: "copula-participle")
            return
        }
        var byIndex = objectStart
        while byIndex < words.count, isAdverb(byIndex) { byIndex += 1 }
        guard byIndex < words.count, words[byIndex] == "by" else { return }
        let themes = findSubjects(endingBefore: index)
        let agents = findObjects(from: byIndex + 1, sense: sense)
        record(subjects: agents.arguments, objects: themes, sense: sense, trigger: trigger, rule: "passive-by")
    }

    /// "X is associated with Y", "X is protective against Y".
    mutating func adjectiveFrame(at index: Int, sense: TriggerSense) {
        // "drug-related hepatotoxicity"
        if index >= 2, words[index - 1] == "-", let match = matchAtToken[index - 2] {
            let objects = findObjects(from: index + 1, sense: sense)
            record(
                subjects: [argument(forMatch: match)], objects: objects.arguments, sense: objects.sense,
                trigger: index..<(index + 1), rule: "compound-participle")
            return
        }
        guard let particle = sense.particle, index + 1 < words.count, words[index + 1] == particle else { return }
        let subjects = findSubjects(endingBefore: index)
        let objects = findObjects(from: index + 2, sense: sense)
        record(
            subjects: subjects, objects: objects.arguments, sense: objects.sense, trigger: index..<(index + 2),
            rule: "copula-adjective"
        )
    }

    /// The subjects of the latest finding in this sentence, for clauses that share its subject.
    func lastSubjects() -> [Argument]? {
        guard let last = findings.last else { return nil }
        let subjects = findings.filter { $0.trigger == last.trigger }.map(\.subject)
        var seen = Set<Argument>()
        return subjects.filter { seen.insert($0).inserted }
    }

    /// The index of the nearest token before `index` that is not an adverb, auxiliary or negation.
    func previousContentIndex(before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, isAdverb(cursor) || CueWords.negation.contains(words[cursor]) {
            cursor -= 1
        }
        return cursor >= 0 ? cursor : nil
    }
}
