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

    /// The MeSH gene-product descriptors' names, by the gene each descriptor names.
    ///
    /// Rule: a descriptor whose heading or an entry term is exactly one gene's HGNC approved name
    /// (case and punctuation aside) or approved symbol names that gene ("Vascular Endothelial Growth
    /// Factor A" is VEGFA, "Caspase 3" CASP3), and its other names ("Vascular Endothelial Growth
    /// Factor", "Vascular Permeability Factor", "Apopain") become the gene's entry terms. A
    /// descriptor naming no gene or several (a family: "Mitogen-Activated Protein Kinases") gives
    /// its names to none.
    static func geneProductNames(
        _ descriptors: [[String]], genes: [(id: String, symbol: String, name: String)]
    ) -> [String: [String]] {
        var byName: [String: Set<String>] = [:]
        var bySymbol: [String: Set<String>] = [:]
        for gene in genes {
            byName[comparable(gene.name), default: []].insert(gene.id)
            bySymbol[gene.symbol, default: []].insert(gene.id)
        }
        var names: [String: [String]] = [:]
        for terms in descriptors {
            let named = terms.reduce(into: Set<String>()) { found, term in
                found.formUnion(byName[comparable(term)] ?? [])
                found.formUnion(bySymbol[term] ?? [])
            }
            guard named.count == 1, let id = named.first else { continue }
            names[id, default: []] += terms
        }
        return names
    }

    /// A name lower-cased with every run of characters other than letters and digits made one space.
    private static func comparable(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
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
