import LitGraphModel

extension SentenceAnalysis {
    /// Words that, before "with" or "to", make what follows the standard of a comparison.
    static let comparisonHeads: Set<String> = [
        "compared", "comparison", "relative", "superior", "inferior", "similar", "equivalent", "comparable",
        "equal", "contrast", "opposed", "unlike",
    ]

    /// Whether an argument is the standard a comparison measures against ("more effective than
    /// Y", "compared with Y", "superior to Y", "as effective as Y"), which no causal triple may use.
    ///
    /// Evidence has no field for a comparison, so such a sentence yields no triple with its standard.
    func isComparisonStandard(_ argument: Argument) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.span.start == argument.span.start }) else { return false }
        var cursor = first - 1
        var steps = 0
        while cursor >= 0, steps < 3, isDeterminer(cursor) || ["and", "or", ","].contains(words[cursor]) {
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
}
