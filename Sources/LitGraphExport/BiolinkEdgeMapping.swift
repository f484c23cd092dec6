public import LitGraphModel

/// How one LitGraph relation is written as a Biolink 4.x edge (FORMATS.md §4.3).
///
/// Predicate, qualifiers and association class: the single table the KGX export takes its Biolink
/// terms from.
///
/// | LitGraph predicate, polarity | `predicate` | qualifiers |
/// |---|---|---|
/// | `positively_regulates`, or `regulates` positive | `biolink:affects` | `qualified_predicate: biolink:causes`, `object_direction_qualifier: increased`, `object_aspect_qualifier: activity_or_abundance` (chemical or gene object only) |
/// | `negatively_regulates`, or `regulates` negative | `biolink:affects` | the same with `decreased` |
/// | `regulates`, unknown | `biolink:affects` | none |
/// | `causes` | `biolink:causes` | none |
/// | `treats` | `biolink:treats_or_applied_or_studied_to_treat` | none |
/// | `interacts_with` | `biolink:interacts_with` | none |
/// | `associated_with` positive / negative | `biolink:positively_correlated_with` / `biolink:negatively_correlated_with` | none |
/// | `associated_with`, unknown | `biolink:associated_with` | none |
/// | `has_participant` | `biolink:has_participant` | none |
///
/// Biolink 4 has no `positively_regulates`: direction lives in the qualifiers. The aspect
/// qualifier's values (`GeneOrGeneProductOrChemicalEntityAspectEnum`) describe chemicals and gene
/// products, so a phenotype or process object gets the direction without an aspect. The edge
/// category is `biolink:ChemicalAffectsGeneAssociation` for a chemical affecting a gene,
/// `biolink:GeneAffectsChemicalAssociation` for the reverse, else `biolink:Association`. Every
/// term is checked against the pinned Biolink 4.4.6 list (`Biolink/biolink-model-4.4.6.tsv`).
public struct BiolinkEdgeMapping: Sendable, Hashable {
    /// `knowledge_level` of every edge: the paper asserts what the sentence says.
    public static let knowledgeLevel = "knowledge_assertion"
    /// `agent_type` of every edge: found by natural-language processing.
    public static let agentType = "text_mining_agent"
    /// `primary_knowledge_source` of every edge: a locally minted Information Resource id.
    public static let primaryKnowledgeSource = "infores:litgraph"
    /// The prefix of `original_predicate`: LitGraph's own predicate as a CURIE (`litgraph:regulates`).
    public static let originalPredicatePrefix = "litgraph:"

    /// The Biolink predicate, a CURIE.
    public var predicate: String
    /// `qualified_predicate` (a CURIE), for signed regulation; else `nil`.
    public var qualifiedPredicate: String?
    /// `object_aspect_qualifier`, for signed regulation of a chemical or gene; else `nil`.
    public var objectAspectQualifier: String?
    /// `object_direction_qualifier` (`increased`, `decreased`), for signed regulation; else `nil`.
    public var objectDirectionQualifier: String?
    /// The association class, a CURIE, written as the edge's `category`.
    public var category: String

    /// The mapping of `relation`.
    public init(relation: Relation) {
        let direction = NodeLinkJSONExporter.directionQualifier(of: relation)
        predicate = Self.predicate(of: relation)
        let isRegulation = relation.predicate.family == .regulates
        objectDirectionQualifier = isRegulation ? direction : nil
        qualifiedPredicate = objectDirectionQualifier == nil ? nil : "biolink:causes"
        let objectHasAspects = [.chemical, .geneOrProtein].contains(relation.object.category)
        objectAspectQualifier = objectDirectionQualifier != nil && objectHasAspects ? "activity_or_abundance" : nil
        category =
            switch (isRegulation, relation.subject.category, relation.object.category) {
            case (true, .chemical, .geneOrProtein): "biolink:ChemicalAffectsGeneAssociation"
            case (true, .geneOrProtein, .chemical): "biolink:GeneAffectsChemicalAssociation"
            default: "biolink:Association"
            }
    }

    /// The Biolink predicate of `relation`: see the table above.
    ///
    /// Every export that writes a Biolink predicate takes it from here.
    public static func predicate(of relation: Relation) -> String {
        guard relation.predicate == .associatedWith else { return relation.predicate.biolinkPredicate }
        switch relation.polarity {
        case .positive: return "biolink:positively_correlated_with"
        case .negative: return "biolink:negatively_correlated_with"
        case .unknown: return "biolink:associated_with"
        }
    }
}
