import LitGraphModel
import LitGraphReaders
import Testing

@Suite("Annotation identifiers and types")
struct AnnotationIdentifiersTests {
    @Test(
        "corpus types map to categories",
        arguments: [
            ("Chemical", EntityCategory.chemical), ("ChemicalEntity", .chemical),
            ("Disease", .disease), ("DiseaseOrPhenotypicFeature", .disease),
            ("Gene", .geneOrProtein), ("GeneOrGeneProduct", .geneOrProtein),
            ("Species", .organism), ("OrganismTaxon", .organism),
            ("Mutation", .sequenceVariant), ("SequenceVariant", .sequenceVariant), ("DNAMutation", .sequenceVariant),
            ("ProteinMutation", .sequenceVariant), ("SNP", .sequenceVariant), ("CellLine", .cellLine),
        ]
    )
    func types(type: String, category: EntityCategory) {
        #expect(AnnotationIdentifiers.category(forType: type) == category)
    }

    @Test("an unknown type has no category")
    func unknownType() {
        #expect(AnnotationIdentifiers.category(forType: "Pathway") == nil)
    }

    @Test(
        "identifiers become CURIEs",
        arguments: [
            ("D008750", EntityCategory?.some(.chemical), ["MESH:D008750"]),
            ("C012345", .chemical, ["MESH:C012345"]),
            ("MESH:D010121", .chemical, ["MESH:D010121"]),
            ("5021", .geneOrProtein, ["NCBIGene:5021"]),
            ("9606", .organism, ["NCBITaxon:9606"]),
            ("rs123", .sequenceVariant, ["dbSNP:rs123"]),
            ("p|SUB|E|333|D", .sequenceVariant, ["tmVar:p|SUB|E|333|D"]),
            ("c|DEL|1314_1328|", .sequenceVariant, ["tmVar:c|DEL|1314_1328|"]),
            ("tmVar:p|SUB|V|600|E;HGVS:p.V600E;VariantGroup:0;RS#:113488022", .sequenceVariant, ["dbSNP:rs113488022"]),
            ("tmVar:c|SUB|C|1138|T;HGVS:c.1138C>T", .sequenceVariant, ["tmVar:c|SUB|C|1138|T"]),
            ("D007674|D008107", .disease, ["MESH:D007674", "MESH:D008107"]),
            ("D002971,D002972", .disease, ["MESH:D002971", "MESH:D002972"]),
            ("11820,351", .geneOrProtein, ["NCBIGene:11820", "NCBIGene:351"]),
            ("D1;D2", .disease, ["MESH:D1", "MESH:D2"]),
            (" CVCL_1452", .cellLine, ["Cellosaurus:CVCL_1452"]),
            ("OMIM:604121", .disease, ["OMIM:604121"]),
            ("-", .chemical, []),
            ("-1", .disease, []),
            ("", .geneOrProtein, []),
            ("D1|D1", .disease, ["MESH:D1"]),
        ]
    )
    func curies(identifier: String, category: EntityCategory?, expected: [String]) {
        #expect(AnnotationIdentifiers.curies(for: identifier, category: category) == expected)
    }
}
