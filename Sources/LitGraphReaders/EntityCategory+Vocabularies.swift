public import LitGraphModel

extension EntityCategory {
    /// The category of a MeSH descriptor from one of its tree numbers (`D03.633.100`, `C23.550`).
    ///
    /// By the tree's letter: D chemicals and drugs → chemical; C diseases → disease, except C23
    /// (pathological conditions, signs and symptoms) → phenotype; F psychiatry and psychology →
    /// phenotype; G phenomena and processes → biological process; A anatomy → anatomy; E
    /// techniques and equipment → intervention; B organisms → organism; anything else → other.
    public static func forMeSHTreeNumber(_ treeNumber: String) -> EntityCategory {
        switch treeNumber.first {
        case "D": .chemical
        case "C": treeNumber.hasPrefix("C23") ? .phenotype : .disease
        case "F": .phenotype
        case "G": .biologicalProcess
        case "A": .anatomy
        case "E": .intervention
        case "B": .organism
        default: .other
        }
    }

    /// The category of an OBO term from its identifier's prefix, or `nil` for a prefix not listed.
    ///
    /// HP and MP → phenotype; DOID and MONDO → disease; GO → biological process (the caller maps
    /// the `cellular_component` namespace to anatomy); CHEBI → chemical; UBERON and CL → anatomy;
    /// NCBITaxon → organism. The prefix is compared case-insensitively.
    public static func forOBOPrefix(_ prefix: String) -> EntityCategory? {
        switch prefix.uppercased() {
        case "HP", "MP": .phenotype
        case "DOID", "MONDO": .disease
        case "GO": .biologicalProcess
        case "CHEBI": .chemical
        case "UBERON", "CL": .anatomy
        case "NCBITAXON": .organism
        default: nil
        }
    }
}
