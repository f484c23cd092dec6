public import LitGraphModel

/// Which entity categories count as the same type when gold and predicted mentions are compared.
///
/// The ``standard`` mapping merges ``EntityCategory/disease`` and ``EntityCategory/phenotype`` into
/// one type, `disease`: BioRED annotates both as `DiseaseOrPhenotypicFeature` and BC5CDR's
/// `Disease` covers symptoms and phenotypes too, whereas LitGraph's lexicon tells them apart. Every
/// other category is its own type, named by its raw value (`chemical`, `gene`, `organism`,
/// `variant`, `cell_line`, `anatomy`, `process`…).
public struct EntityTypeMapping: Sendable {
    private let merged: [EntityCategory: String]

    /// Creates a mapping that renames the categories in `merged` and keeps every other category's
    /// raw value as its type.
    public init(merged: [EntityCategory: String] = [:]) {
        self.merged = merged
    }

    /// Disease and phenotype are both `disease`; every other category is its raw value.
    public static let standard = EntityTypeMapping(merged: [.phenotype: EntityCategory.disease.rawValue])

    /// Every category is its own type (its raw value); a predicted phenotype never matches a gold disease.
    public static let exact = EntityTypeMapping()

    /// The evaluation type of `category`.
    public func type(of category: EntityCategory) -> String {
        merged[category] ?? category.rawValue
    }

    /// The order types are listed in reports: chemical, disease, gene, then the others by name.
    public static func sortKey(_ type: String) -> (Int, String) {
        let leading = ["chemical", "disease", "gene"]
        return (leading.firstIndex(of: type) ?? leading.count, type)
    }
}
