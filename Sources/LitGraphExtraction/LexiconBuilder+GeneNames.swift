import LitGraphModel

extension LexiconBuilder {
    /// MeSH chemical descriptors by lower-cased heading, for ``yieldHeadingToGeneName(_:headings:)``.
    func chemicalHeadingIndex() -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, concept) in concepts.enumerated()
        where concept.category == .chemical && concept.id.hasPrefix("MESH:D") {
            index[concept.name.lowercased()] = position
        }
        return index
    }

    /// Gives a MeSH chemical heading's key to the gene whose HGNC approved name it is.
    ///
    /// Rule: a MeSH chemical heading that is exactly a gene's HGNC approved name (`insulin`,
    /// `glucagon`, `prolactin`, `parathyroid hormone`, `cholecystokinin`) names the gene's product, so
    /// the gene takes the heading's key; the descriptor keeps its other entry terms (`Novolin`).
    /// Such peptide hormones are genes in BioRED and not annotated at all in BC5CDR.
    mutating func yieldHeadingToGeneName(_ name: Substring, headings: [String: Int]) {
        guard let position = headings[name.lowercased()] else { return }
        concepts[position].terms.removeAll { $0.source == .meshHeading }
    }

    /// How many of `names` contain each word, lower-cased (a word counts once per name).
    static func wordCounts(ofNames names: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for name in names {
            let words = Set(name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            for word in words { counts[String(word), default: 0] += 1 }
        }
        return counts
    }

    /// Whether an alias or previous symbol names a gene family rather than its gene
    /// (``LexiconRule/geneClassWord``): lower-case letters only, and a word of at least
    /// ``geneClassWordThreshold`` approved gene names.
    static func isGeneClassWord(_ term: String, nameWords: [String: Int]) -> Bool {
        guard !term.isEmpty, term.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        return nameWords[term, default: 0] >= geneClassWordThreshold
    }

    /// The number of approved gene names a lower-case alias must occur in to be a family word.
    static let geneClassWordThreshold = 10
}
