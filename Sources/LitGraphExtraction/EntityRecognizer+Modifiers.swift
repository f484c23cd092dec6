import LitGraphModel

extension EntityRecognizer {
    /// Whether a chemical match only modifies a noun, so the text does not name the chemical itself.
    ///
    /// Two cases:
    /// - a substrate or ligand naming an enzyme, receptor, transporter or channel ("tyrosine
    ///   kinase", "creatine kinase", "superoxide dismutase", "alanine aminotransferase", "dopamine
    ///   receptor", "calcium channel");
    /// - an amino acid naming a residue of a protein: followed by a position ("asparagine 86"), by
    ///   "residue", "repeat", "substitution" or "codon", or joined by "to", "by", "with" or "for" to
    ///   another amino acid or a position ("arginine to tryptophan", "asparagine 86 with serine").
    func isModifier(_ match: Match, in tokens: [Token]) -> Bool {
        guard match.entity.category == .chemical else { return false }
        var next = match.tokens.upperBound
        if next < tokens.count, tokens[next].text == "-" { next += 1 }
        if next < tokens.count, Self.modifiedHeads.contains(tokens[next].lower) { return true }
        guard Self.aminoAcids.contains(match.entity.name.lowercased()) else { return false }
        if next < tokens.count {
            let following = tokens[next]
            if following.kind == .number || Self.residueWords.contains(following.lower) { return true }
            if Self.exchangeWords.contains(following.lower), next + 1 < tokens.count,
                Self.aminoAcids.contains(tokens[next + 1].lower)
            {
                return true
            }
        }
        let before = match.tokens.lowerBound
        guard before >= 2, Self.exchangeWords.contains(tokens[before - 1].lower) else { return false }
        return tokens[before - 2].kind == .number || Self.aminoAcids.contains(tokens[before - 2].lower)
    }

    /// Words that join the two amino acids of a substitution ("arginine to tryptophan",
    /// "asparagine 86 with serine").
    static let exchangeWords: Set<String> = ["to", "by", "for", "with"]

    /// Nouns that a preceding chemical name only modifies.
    static let modifiedHeads: Set<String> = Set(
        """
        kinase kinases phosphatase phosphatases protease proteases peptidase peptidases aminotransferase \
        aminotransferases transaminase transaminases synthase synthases synthetase synthetases dismutase \
        dismutases peroxidase peroxidases oxidase oxidases reductase reductases dehydrogenase dehydrogenases \
        hydroxylase hydroxylases transferase transferases carboxylase carboxylases decarboxylase decarboxylases \
        esterase esterases lipase lipases hydrolase hydrolases isomerase isomerases ligase ligases deaminase \
        deaminases cyclase cyclases
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Words that make an amino acid a residue of a protein.
    static let residueWords: Set<String> = [
        "residue", "residues", "repeat", "repeats", "substitution", "substitutions", "codon", "codons",
    ]

    /// The twenty amino acids by name, lower-cased, with the acid names of aspartate and glutamate.
    static let aminoAcids: Set<String> = [
        "alanine", "arginine", "asparagine", "aspartic acid", "aspartate", "cysteine", "glutamine",
        "glutamic acid", "glutamate", "glycine", "histidine", "isoleucine", "leucine", "lysine", "methionine",
        "phenylalanine", "proline", "serine", "threonine", "tryptophan", "tyrosine", "valine",
    ]
}
