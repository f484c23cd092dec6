/// The organism a document's gene names refer to, as far as LitGraph grounds genes by species.
///
/// HGNC names human genes; a rodent study's "IL-6" is the mouse or rat gene, which NCBI Gene
/// numbers differently. LitGraph tells the three apart (``SpeciesDetector``) and grounds a rodent
/// document's genes through the ``OrthologTable``.
public enum Species: String, Sendable, Hashable, CaseIterable, Comparable {
    /// *Homo sapiens*, the default.
    case human
    /// *Mus musculus*.
    case mouse
    /// *Rattus norvegicus*.
    case rat

    /// The NCBI Taxonomy identifier.
    public var taxonomyID: Int {
        switch self {
        case .human: 9606
        case .mouse: 10090
        case .rat: 10116
        }
    }

    /// Orders species as declared (human first).
    public static func < (lhs: Species, rhs: Species) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
