import LitGraphModel

extension SentenceAnalysis {
    /// Head nouns of a definite phrase that refers back to an entity ("this drug", "the
    /// compound"), with the categories the entity may have.
    static let anaphoricHeads: [String: Set<EntityCategory>] = [
        "drug": [.chemical], "compound": [.chemical], "agent": [.chemical], "medication": [.chemical],
        "molecule": [.chemical], "substance": [.chemical], "peptide": [.chemical, .geneOrProtein],
        "hormone": [.chemical, .geneOrProtein], "protein": [.geneOrProtein], "gene": [.geneOrProtein],
        "enzyme": [.geneOrProtein], "kinase": [.geneOrProtein], "cytokine": [.geneOrProtein],
        "disease": [.disease], "disorder": [.disease], "syndrome": [.disease],
    ]

    /// The entity a definite phrase such as "this drug", "the compound" or "these novel agents"
    /// refers to: the last entity of a fitting category earlier in the sentence, else the one
    /// the discourse offers (``DiscourseContext/antecedents(in:)``); `nil` when the phrase is no
    /// such reference, empty when it is one but nothing fits unambiguously.
    func definiteReference(in phrase: Range<Int>) -> [Argument]? {
        guard phrase.count >= 2, phrase.count <= 4,
            ["this", "these", "the", "that", "those"].contains(words[phrase.lowerBound])
        else { return nil }
        var head = words[phrase.upperBound - 1]
        if Self.anaphoricHeads[head] == nil, head.hasSuffix("s") { head = String(head.dropLast()) }
        guard let categories = Self.anaphoricHeads[head] else { return nil }
        guard phrase.dropFirst().allSatisfy({ matchAtToken[$0] == nil && tokens[$0].kind == .word }) else { return nil }
        let span = span(of: phrase)
        let earlier = matches[...].filter {
            $0.tokens.upperBound <= phrase.lowerBound && categories.contains($0.entity.category)
        }
        if let nearest = earlier.last { return [Argument(entity: nearest.entity, span: span)] }
        return context.antecedents(in: categories).map { Argument(entity: $0, span: span) }
    }
}
