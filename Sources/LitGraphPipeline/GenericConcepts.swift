public import LitGraphModel

/// Concepts too general to be a node of a mechanism diagram — "patients", "disease", "treatment",
/// "cells", "levels" — which would otherwise become hubs joined to everything: `litgraph build`
/// stores no relation whose subject or object is one, unless `--keep-generic` is given.
///
/// The extractor already never mints an ungrounded node from a discourse word, and the built-in
/// lexicon leaves out general MeSH headings; but annotated inputs (`--ner gold`: BioRED tags
/// "patients" as the species *Homo sapiens*) and imported vocabularies (`litgraph lexicon
/// import` of full MeSH brings back "Disease", "Therapeutics", "Cells") still name them. The
/// rule: an entity is generic when its identifier is in ``identifiers`` or its name, lower-cased,
/// is in ``names``. Mentions of generic concepts are still stored; only their relations are not.
public enum GenericConcepts {
    /// Identifiers of general concepts: the MeSH headings for patients, humans, animals, mice and
    /// rats, disease, therapeutics, drugs, cells, proteins and genes, and the NCBI Taxonomy ids of
    /// human, mouse and rat (the study population, not a mechanism node).
    public static let identifiers: Set<String> = [
        "MESH:D010361",  // Patients
        "MESH:D006801",  // Humans
        "MESH:D000818",  // Animals
        "MESH:D051379",  // Mice
        "MESH:D051381",  // Rats
        "MESH:D004194",  // Disease
        "MESH:D013812",  // Therapeutics
        "MESH:D004364",  // Pharmaceutical Preparations
        "MESH:D002477",  // Cells
        "MESH:D011506",  // Proteins
        "MESH:D005796",  // Genes
        "NCBITaxon:9606",  // Homo sapiens
        "NCBITaxon:10090",  // Mus musculus
        "NCBITaxon:10116",  // Rattus norvegicus
    ]

    /// Names (lower-case, singular and plural) of general concepts, whatever their identifier.
    public static let names: Set<String> = [
        "patient", "patients", "subject", "subjects", "participant", "participants", "individual", "individuals",
        "people", "human", "humans", "women", "men", "children", "adults", "animal", "animals", "mouse", "mice",
        "rat", "rats", "disease", "diseases", "disorder", "disorders", "illness", "condition", "conditions",
        "syndrome", "treatment", "treatments", "therapy", "therapies", "therapeutics", "intervention",
        "interventions", "drug", "drugs", "medication", "medications", "pharmaceutical preparations", "cell", "cells",
        "level", "levels", "protein", "proteins", "gene", "genes",
    ]

    /// Whether `entity` is a generic concept.
    public static func contains(_ entity: Entity) -> Bool {
        identifiers.contains(entity.id) || names.contains(entity.name.lowercased())
    }

    /// The document without the relations whose subject or object is a generic concept.
    public static func removingRelations(from annotated: AnnotatedDocument) -> AnnotatedDocument {
        var result = annotated
        result.relations.removeAll { contains($0.relation.subject) || contains($0.relation.object) }
        return result
    }
}
