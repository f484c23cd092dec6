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
}
