/// What ``LexiconBuilder/compile()`` produced and what its rules left out.
public struct LexiconBuildReport: Sendable, Hashable, CustomStringConvertible {
    /// The entities written.
    public var entities = 0
    /// The case-insensitive keys written.
    public var foldedKeys = 0
    /// The case-sensitive keys written.
    public var exactKeys = 0
    /// Concepts left out, by rule.
    public var droppedConcepts: [LexiconRule: Int] = [:]
    /// Terms left out, by rule (a term dropped for ambiguity counts once per key).
    public var droppedTerms: [LexiconRule: Int] = [:]

    /// Creates an empty report.
    public init() {}

    /// A few lines: the totals, then each rule with the concepts and terms it left out.
    public var description: String {
        var lines = ["\(entities) entities, \(foldedKeys) case-insensitive and \(exactKeys) case-sensitive keys"]
        for rule in LexiconRule.allCases.sorted() {
            let concepts = droppedConcepts[rule, default: 0]
            let terms = droppedTerms[rule, default: 0]
            guard concepts + terms > 0 else { continue }
            lines.append("  \(rule.rawValue): \(concepts) concepts, \(terms) terms left out")
        }
        return lines.joined(separator: "\n")
    }
}
