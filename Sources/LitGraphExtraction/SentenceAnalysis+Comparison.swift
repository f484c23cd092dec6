import LitGraphModel

extension SentenceAnalysis {
    /// Words that, before "with" or "to", make what follows the standard of a comparison.
    static let comparisonHeads: WordSet = [
        "compared", "comparison", "relative", "superior", "inferior", "similar", "equivalent", "comparable",
        "equal", "contrast", "opposed", "unlike",
    ]

    /// The comparison heads that, before "with" or "to", flag the clause as a comparison; "equal
    /// to" (a dose), "in contrast to" and "as opposed to" (discourse) do not.
    static let flaggingComparisonHeads: WordSet = [
        "compared", "comparison", "relative", "superior", "inferior", "similar", "equivalent", "comparable",
    ]

    /// Words that, after a comma, open a new clause (", and", ", which").
    static let clauseOpeners: WordSet = ["and", "or", "which", "who", "whom"]

    /// Adjectives that make "as … as" a conjunction or a quantity, not a comparison ("as well as",
    /// "as long as", "as soon as").
    static let nonComparativeAs: WordSet = ["well", "long", "soon", "far", "such"]

    /// Whether an argument is the standard a comparison measures against ("more effective than
    /// Y", "compared with Y", "superior to Y", "as effective as Y"), which no causal triple may use.
    ///
    /// The relation with the other argument is kept and flagged instead (``isComparison(_:)``).
    func isComparisonStandard(_ argument: Argument) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.span.start == argument.span.start }) else { return false }
        var cursor = first - 1
        var steps = 0
        while cursor >= 0, steps < 3,
            isDeterminer(cursor) || (words[cursor] == "and" || words[cursor] == "or" || words[cursor] == ",")
        {
            cursor -= 1
            steps += 1
        }
        guard cursor >= 0 else { return false }
        switch words[cursor] {
        case "than", "versus", "vs": return true
        case "with", "to": return cursor > 0 && Self.comparisonHeads.contains(words[cursor - 1])
        case "unlike": return true
        case "as": return cursor > 1 && words[cursor - 2] == "as" && words[cursor - 1] != "well"
        default: return false
        }
    }

    /// Whether the trigger's clause makes a comparison: it holds "than", "compared with/to",
    /// "versus"/"vs", "superior/inferior to", "relative to", "unlike" or "as … as".
    ///
    /// The clause runs from the trigger to the nearest semicolon, colon, subordinating word
    /// ("whereas", "but"…) or comma opening a new clause (", and", ", which") on either side.
    /// Quantities ("more than 50%", "as many as 30") and "rather than", "other than" are not comparisons.
    func isComparison(_ trigger: Range<Int>) -> Bool {
        let clause = clause(around: trigger)
        return clause.contains { isComparisonCue(at: $0) }
    }

    /// The tokens of the clause holding `trigger`.
    private func clause(around trigger: Range<Int>) -> Range<Int> {
        var start = trigger.lowerBound
        while start > 0, !isClauseBoundary(start - 1) { start -= 1 }
        var end = trigger.upperBound
        while end < words.count, !isClauseBoundary(end) { end += 1 }
        return start..<end
    }

    private func isClauseBoundary(_ index: Int) -> Bool {
        let word = words[index]
        if word == ";" || word == ":" || CueWords.clauseBarriers.contains(word) { return true }
        guard word == ",", index + 1 < words.count else { return false }
        return Self.clauseOpeners.contains(words[index + 1])
    }

    /// Whether the token opens a comparison's standard.
    private func isComparisonCue(at index: Int) -> Bool {
        // Every cue below starts with `t`, `v`, `u`, `w` or `a`: most words are refused on their
        // first byte, before any string is compared.
        guard matchAtToken[index] == nil, let first = words[index].utf8.first,
            first == UInt8(ascii: "t") || first == UInt8(ascii: "v") || first == UInt8(ascii: "u")
                || first == UInt8(ascii: "w") || first == UInt8(ascii: "a")
        else { return false }
        let previous = index > 0 ? words[index - 1] : ""
        let nextIsNumber = index + 1 < tokens.count && tokens[index + 1].kind == .number
        switch words[index] {
        case "than": return !nextIsNumber && !(previous == "rather" || previous == "other")
        case "versus", "vs", "unlike": return true
        case "with", "to": return Self.flaggingComparisonHeads.contains(previous)
        case "as":
            return index > 1 && words[index - 2] == "as" && !Self.nonComparativeAs.contains(previous) && !nextIsNumber
        default: return false
        }
    }

    /// "X was more effective than Y in reducing Z", "X was superior to Y in lowering Z", "X is as
    /// effective as Y in treating Z": the gerund after `in` (or `at`) relates X, the subject of the
    /// comparison, to Z; Y, the standard, takes no part.
    ///
    /// Returns whether the sentence has that shape (and its findings were recorded).
    mutating func comparisonFrame(
        at index: Int, preposition: Int, sense: TriggerSense, trigger: Range<Int>, objectStart: Int
    ) -> Bool {
        guard (words[preposition] == "in" || words[preposition] == "at") else { return false }
        // The standard is a short phrase between the comparison's marker and the preposition.
        var marker = preposition - 2
        while marker >= 1, preposition - marker <= 8, comparativeStart(markerAt: marker) == nil {
            let word = words[marker]
            if tokens[marker].kind == .punctuation && !Lexicon.connectors.contains(tokens[marker].text)
                || CueWords.auxiliaries.contains(word) || CueWords.clauseBarriers.contains(word)
            {
                return false
            }
            marker -= 1
        }
        guard marker >= 1, let comparative = comparativeStart(markerAt: marker) else { return false }
        let subjects = findSubjects(endingBefore: comparative)
        guard !subjects.isEmpty else { return false }
        let objects = findObjects(from: objectStart, sense: sense)
        record(
            subjects: subjects, objects: objects.arguments, sense: objects.sense, trigger: trigger,
            rule: "comparison-gerund")
        return true
    }

    /// The first token of the comparative whose standard follows `marker` ("more effective than",
    /// "superior to", "as effective as"), or `nil` when `marker` opens no standard.
    private func comparativeStart(markerAt marker: Int) -> Int? {
        guard marker >= 1 else { return nil }
        switch words[marker] {
        case "than":
            var start = marker
            while start > 0, marker - start < 3, matchAtToken[start - 1] == nil,
                tokens[start - 1].kind == .word, !CueWords.auxiliaries.contains(words[start - 1]),
                !(words[start - 1] == "and" || words[start - 1] == "or")
            {
                start -= 1
            }
            return start < marker ? start : nil
        case "to":
            return Self.flaggingComparisonHeads.contains(words[marker - 1]) ? marker - 1 : nil
        case "as":
            guard marker >= 2, words[marker - 2] == "as", !Self.nonComparativeAs.contains(words[marker - 1]) else {
                return nil
            }
            return marker - 2
        default: return nil
        }
    }
}
