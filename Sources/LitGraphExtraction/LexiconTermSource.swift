/// Where a term comes from: decides its rank when two concepts claim one key, and its case rule.
enum LexiconTermSource: Sendable, Hashable {
    /// A row of the curated overlay; always wins and is never filtered.
    case curated
    /// A MeSH descriptor's preferred name.
    case meshHeading
    /// An HGNC approved symbol.
    case geneSymbol
    /// A MeSH descriptor's entry term.
    case meshEntryTerm
    /// An HGNC approved name.
    case geneName
    /// A MeSH supplementary concept's name.
    case supplementaryName
    /// An HGNC alias symbol.
    case geneAlias
    /// An HGNC previous symbol.
    case genePreviousSymbol
    /// A MeSH supplementary concept's synonym.
    case supplementarySynonym

    /// The rank of the source: the lowest rank claiming a key wins it.
    var rank: Int {
        switch self {
        case .curated: 0
        case .meshHeading, .geneSymbol: 1
        case .meshEntryTerm, .geneName: 2
        case .supplementaryName: 3
        case .geneAlias: 4
        case .genePreviousSymbol: 5
        case .supplementarySynonym: 6
        }
    }

    /// Whether terms from this source are gene symbols, which always match case-sensitively.
    var isGeneSymbol: Bool {
        switch self {
        case .geneSymbol, .geneAlias, .genePreviousSymbol: true
        default: false
        }
    }
}
