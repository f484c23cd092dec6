import LitGraphModel

/// One sentence's tokens, entity matches and triggers, and the rules that turn them into findings.
///
/// The rules are deliberately shallow: they look at word classes (auxiliaries, prepositions,
/// determiners), entity matches and trigger words in a window around each trigger, not at a
/// parse tree. Each rule is named in the evidence it produces, so a wrong triple can be traced to
/// the rule that made it.
struct SentenceAnalysis {
    /// The sentence's tokens.
    let tokens: [Token]
    /// The tokens lower-cased, for word-class lookups.
    let words: [String]
    /// The lexicon matches, in order.
    let matches: [EntityRecognizer.Match]
    /// For each token, the index of the match covering it.
    let matchAtToken: [Int?]
    /// The trigger vocabulary and the lexicon, shared by every sentence.
    let vocabulary: SentenceVocabulary
    /// What the previous sentence offers to pronouns.
    let context: DiscourseContext

    /// Concepts whose names are trigger words here, not arguments ("risk factor for").
    static let triggerConcepts: WordSet = ["MESH:D012307"]

    /// Adverbs and particles without the -ly ending that may stand between a verb and its arguments.
    static let adverbs: WordSet = ["also", "still", "further", "not", "then", "thus", "both", "only", "even", "often"]

    /// Findings so far, in the order their triggers occur.
    var findings: [Finding] = []
    /// Trigger tokens already used as part of another trigger's frame.
    var consumed = Set<Int>()

    /// Prepares a sentence for analysis.
    init(
        tokens: [Token],
        matches: [EntityRecognizer.Match],
        vocabulary: SentenceVocabulary,
        context: DiscourseContext
    ) {
        self.tokens = tokens
        self.words = Self.joiningRegulationPrefixes(tokens)
        let matches = EntityRecognizer.removing(matches) { Self.triggerConcepts.contains($0.entity.id) }
        self.matches = matches
        var matchAtToken = [Int?](repeating: nil, count: tokens.count)
        for (index, match) in matches.enumerated() {
            for token in match.tokens { matchAtToken[token] = index }
        }
        self.matchAtToken = matchAtToken
        self.vocabulary = vocabulary
        self.context = context
    }

    /// Runs every rule over the sentence and returns its findings, each relation once.
    mutating func run() -> [Finding] {
        for index in tokens.indices
        where matchAtToken[index] == nil && (consumed.isEmpty || !consumed.contains(index)) {
            let entries = vocabulary.triggers.entries(for: words[index])
            guard !entries.isEmpty else { continue }
            // The verb senses first, unless a noun reading is preferred (then they are not tried),
            // then the others; the first whose frame finds something ends the word's turn.
            if prefersNounReading(at: index) || !tryEntries(entries, at: index, verbs: true) {
                _ = tryEntries(entries, at: index, verbs: false)
            }
        }
        let kept = findings.filter { !isComparisonStandard($0.subject) && !isComparisonStandard($0.object) }
        findings = kept
        return uniqueFindings()
    }

    /// Tries the frames of a trigger word's verb senses (or of its other senses), in order, until
    /// one finds something; returns whether one did.
    ///
    /// The entries are read in place, in one pass per kind, rather than from filtered copies.
    private mutating func tryEntries(_ entries: [TriggerLexicon.Entry], at index: Int, verbs: Bool) -> Bool {
        for entry in entries where (entry.sense.kind == .verb) == verbs {
            if let required = entry.sense.precedingWord, index == 0 || words[index - 1] != required { continue }
            let before = findings.count
            switch entry.sense.kind {
            case .verb: verbFrame(at: index, entry: entry)
            case .noun: nounFrame(at: index, sense: entry.sense)
            case .adjective: adjectiveFrame(at: index, sense: entry.sense)
            case .agent: agentFrame(at: index, sense: entry.sense)
            }
            if findings.count > before { return true }
        }
        return false
    }

    /// Whether a word that can be a verb or a noun ("increase", "impact") reads as a noun here.
    private func prefersNounReading(at index: Int) -> Bool {
        if index > 0, isDeterminer(index - 1) || words[index - 1] == "no" { return true }
        if index + 1 < words.count, words[index + 1] == "of" || words[index + 1] == "between" { return true }
        return false
    }

    private func uniqueFindings() -> [Finding] {
        // A sentence has a few findings: their keys are compared in a list, not hashed.
        var seen: [String] = []
        var large = Set<String>()
        return findings.filter { finding in
            guard finding.subject.entity.id != finding.object.entity.id else { return false }
            let key = [
                finding.subject.entity.id, finding.predicate.rawValue, finding.polarity.rawValue,
                finding.object.entity.id,
            ].joined(separator: "\u{1}")
            guard findings.count > 16 else {
                if seen.contains(key) { return false }
                seen.append(key)
                return true
            }
            return large.insert(key).inserted
        }
    }

    /// Records one finding per subject–object pair.
    mutating func record(
        subjects: [Argument],
        objects: [Argument],
        sense: TriggerSense,
        trigger: Range<Int>,
        rule: String
    ) {
        for subject in subjects {
            for object in objects where object.entity.id != subject.entity.id {
                var (predicate, polarity) = sense.predicate(for: object.entity.category)
                if invertsSign(subject, trigger: trigger) != invertsSign(object, trigger: trigger) {
                    (predicate, polarity) = Self.inverted(predicate, polarity)
                }
                findings.append(
                    Finding(
                        subject: subject, object: object, predicate: predicate, polarity: polarity,
                        trigger: trigger, rule: rule
                    )
                )
            }
        }
    }

    /// Whether a negation cue ("not", "no", "failed", "without"…) stands before the trigger in its clause.
    func isNegated(_ trigger: Range<Int>) -> Bool {
        var cursor = trigger.lowerBound - 1
        while cursor >= max(0, trigger.lowerBound - 6) {
            let word = words[cursor]
            if word == "," || word == ";" || word == ":" || CueWords.clauseBarriers.contains(word) { return false }
            if CueWords.negation.contains(word) {
                return !(word == "not" && cursor + 1 < words.count && words[cursor + 1] == "only")
            }
            cursor -= 1
        }
        return false
    }

    /// Whether a hedging cue ("may", "suggest", "potential", "whether"…) stands before the trigger in the sentence.
    func isHedged(_ trigger: Range<Int>) -> Bool {
        words[..<trigger.lowerBound].contains { CueWords.hedges.contains($0) }
    }

    // MARK: Word classes

    /// Whether the token is an adverb or other word that may stand between a verb and its arguments.
    func isAdverb(_ index: Int) -> Bool {
        let word = words[index]
        return (word.hasSuffix("ly") && word.count > 4 && matchAtToken[index] == nil)
            || Self.adverbs.contains(word)
            || isRegulationPrefix(index)
    }

    /// Whether the token is a finite or gerund verb trigger (which ends a noun phrase).
    func isVerbTrigger(_ index: Int) -> Bool {
        guard matchAtToken[index] == nil else { return false }
        let entries = vocabulary.triggers.entries(for: words[index])
        return entries.contains { $0.sense.kind == .verb && $0.form != .pastParticiple }
            && !(index > 0 && isDeterminer(index - 1))
    }

    /// Whether the token is a determiner or evaluative adjective; "that" is left out, being more
    /// often a complementiser or relative pronoun before a verb.
    func isDeterminer(_ index: Int) -> Bool {
        words[index] != "that" && CueWords.determiners.contains(words[index])
    }

    /// The text span of a run of tokens.
    func span(of range: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    /// The argument for a lexicon match, with the loss word around it if any.
    func argument(forMatch index: Int) -> Argument {
        let match = matches[index]
        return Argument(entity: match.entity, span: span(of: match.tokens), lossCue: lossCue(aroundMatch: match))
    }

    /// The words with "up-regulated" and "down-regulation" read as "upregulated" and
    /// "downregulation" at the last token (the prefix and hyphen then read as adverbs).
    ///
    /// A hyphen is a punctuation token: the token's kind refuses most words before any string is
    /// compared.
    static func joiningRegulationPrefixes(_ tokens: [Token]) -> [String] {
        var joined = tokens.map { $0.lower }
        for index in tokens.indices.dropFirst(2)
        where tokens[index - 1].kind == .punctuation && tokens[index - 1].lower == "-"
            && tokens[index].lower.hasPrefix("regulat")
            && (tokens[index - 2].lower == "up" || tokens[index - 2].lower == "down")
        {
            joined[index] = tokens[index - 2].lower + tokens[index].lower
        }
        return joined
    }

    /// Whether the token is the "up" or "-" of a joined "up-regulated".
    private func isRegulationPrefix(_ index: Int) -> Bool {
        if words[index] == "up" || words[index] == "down", index + 2 < words.count, words[index + 1] == "-" {
            return words[index + 2].hasPrefix(words[index] + "regulat")
        }
        if words[index] == "-", index >= 1, index + 1 < words.count,
            words[index - 1] == "up" || words[index - 1] == "down"
        {
            return words[index + 1].hasPrefix(words[index - 1] + "regulat")
        }
        return false
    }
}
