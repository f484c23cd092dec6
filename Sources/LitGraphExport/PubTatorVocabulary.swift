public import LitGraphModel

/// How LitGraph's categories, identifiers and predicates are written in PubTator files.
///
/// | LitGraph | PubTator |
/// |---|---|
/// | chemical, gene, disease, organism, variant, cell_line | `Chemical`, `Gene`, `Disease`, `Species`, `SequenceVariant`, `CellLine` |
/// | phenotype | `Disease` (PubTator's Disease and BioRED's DiseaseOrPhenotypicFeature cover phenotypes) |
/// | anatomy, process, system, intervention, other | `Anatomy`, `BiologicalProcess`, `PhysiologicalSystem`, `Intervention`, `Entity` |
/// | `MESH:D010121` | `MESH:D010121` (as PubTator3 writes MeSH) |
/// | `NCBIGene:5021`, `NCBITaxon:9606` | `5021`, `9606` (bare numbers, as PubTator writes genes and species) |
/// | `LITGRAPH:…` (ungrounded) | `-` |
/// | any other CURIE (`HP:0000729`) | unchanged |
///
/// Relation types use BioRED's vocabulary: `positively_regulates` and `causes` are
/// `Positive_Correlation` (BioRED annotates "X induces disease Y" so); `negatively_regulates` and
/// `treats` are `Negative_Correlation`; `interacts_with` (binding, physical interaction) is `Bind`;
/// `regulates` and `associated_with` are `Association`. BC5CDR's `CID` is never written: LitGraph
/// does not decide chemical-induced disease as that corpus defines it.
public enum PubTatorVocabulary {
    /// The PubTator entity type for `category`.
    public static func typeName(for category: EntityCategory) -> String {
        switch category {
        case .chemical: "Chemical"
        case .geneOrProtein: "Gene"
        case .disease, .phenotype: "Disease"
        case .organism: "Species"
        case .sequenceVariant: "SequenceVariant"
        case .cellLine: "CellLine"
        case .anatomy: "Anatomy"
        case .biologicalProcess: "BiologicalProcess"
        case .physiologicalSystem: "PhysiologicalSystem"
        case .intervention: "Intervention"
        case .other: "Entity"
        }
    }

    /// The identifier column for `entity`: see the table above.
    public static func identifier(for entity: Entity) -> String {
        guard entity.isGrounded else { return "-" }
        let id = entity.id
        guard let colon = id.firstIndex(of: ":") else { return id }
        let prefix = id[..<colon].uppercased()
        let local = String(id[id.index(after: colon)...])
        switch prefix {
        case "MESH": return "MESH:" + local
        case "NCBIGENE", "NCBITAXON": return local
        default: return id
        }
    }

    /// The PubTator (BioRED) relation type for `predicate`.
    public static func relationType(for predicate: RelationPredicate) -> String {
        switch predicate {
        case .positivelyRegulates, .causes: "Positive_Correlation"
        case .negativelyRegulates, .treats: "Negative_Correlation"
        case .interactsWith: "Bind"
        case .regulates, .associatedWith, .hasParticipant: "Association"
        }
    }
}
