/// What kind of thing an entity is; each category maps to one Biolink class.
///
/// The raw values are stable: they are stored in databases and written to exports.
public enum EntityCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// A chemical, drug, hormone or metabolite (oxytocin, estrogen, serotonin).
    case chemical
    /// A gene, protein or receptor (OXTR, ESR1).
    case geneOrProtein = "gene"
    /// A disease (breast cancer).
    case disease
    /// A phenotype, behaviour or psychological trait (psychological resilience, social behavior).
    case phenotype
    /// A physiological system or axis (the HPA axis, the oxytocin system).
    case physiologicalSystem = "system"
    /// A biological or physiological process (oxytocin release, thyroid function).
    case biologicalProcess = "process"
    /// A therapeutic or behavioural intervention (psychotherapy).
    case intervention
    /// An anatomical structure, tissue or cell type.
    case anatomy
    /// An organism or taxon.
    case organism
    /// A sequence variant or mutation (BioRED's SequenceVariant).
    case sequenceVariant = "variant"
    /// A cell line (BioRED's CellLine).
    case cellLine = "cell_line"
    /// Anything the lexicon could not type.
    case other

    /// The Biolink class, as a CURIE, that this category is exported as.
    public var biolinkClass: String {
        switch self {
        case .chemical: "biolink:ChemicalEntity"
        case .geneOrProtein: "biolink:Gene"
        case .disease: "biolink:Disease"
        case .phenotype: "biolink:PhenotypicFeature"
        case .physiologicalSystem: "biolink:AnatomicalEntity"
        case .biologicalProcess: "biolink:BiologicalProcess"
        case .intervention: "biolink:Procedure"
        case .anatomy: "biolink:AnatomicalEntity"
        case .organism: "biolink:OrganismTaxon"
        case .sequenceVariant: "biolink:SequenceVariant"
        case .cellLine: "biolink:CellLine"
        case .other: "biolink:NamedThing"
        }
    }
}
