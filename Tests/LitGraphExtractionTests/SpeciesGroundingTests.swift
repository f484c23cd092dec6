import LitGraphExtraction
import LitGraphModel
import Testing

/// Genes in rodent documents: which species a document is about, and how its gene names are
/// grounded to the mouse or rat gene.
@Suite struct SpeciesGroundingTests {
    @Test(arguments: [
        ("IL-6 was measured in 40 patients with sepsis.", Species.human),
        ("Tumour necrosis factor and its receptors.", .human),
        ("Knockout mice lacking Il6 were protected from colitis.", .mouse),
        ("Murine macrophages released TNF after LPS.", .mouse),
        ("Rats received cisplatin; renal IL-6 rose.", .rat),
        ("Mice and rats were compared; rats, rats and rats.", .rat),
        ("In mice and in rats, one each.", .mouse),
        ("A mouse model, validated in 300 patients and 200 healthy women.", .human),
        ("Human and murine cells.", .mouse),
        ("Ratio of pirates to separations.", .human),
    ])
    func speciesOfADocument(text: String, species: Species) {
        #expect(SpeciesDetector().species(of: text) == species)
    }

    static let table = OrthologTable(entries: [
        .init(
            humanID: "NCBIGene:3569", species: .mouse,
            entity: Entity(id: "NCBIGene:16193", name: "Il6", category: .geneOrProtein), support: 8),
        .init(
            humanID: "NCBIGene:3569", species: .rat,
            entity: Entity(id: "NCBIGene:24498", name: "Il6", category: .geneOrProtein), support: 4),
    ])

    static func geneIDs(_ extractor: Extractor, _ abstract: String) -> [String] {
        extractor.annotate(Document(id: "1", title: "", abstract: abstract)).mentions
            .filter { $0.entity.category == .geneOrProtein }.map { "\($0.text)=\($0.entity.id)" }
    }

    @Test func rodentDocumentsUseTheRodentGene() {
        let extractor = sharedExtractor.using(Self.table)
        #expect(Self.geneIDs(extractor, "IL-6 rose in septic mice.") == ["IL-6=NCBIGene:16193"])
        #expect(Self.geneIDs(extractor, "IL-6 rose in septic rats.") == ["IL-6=NCBIGene:24498"])
        #expect(Self.geneIDs(extractor, "IL-6 rose in septic patients.") == ["IL-6=NCBIGene:3569"])
    }

    @Test func aGeneTheTableDoesNotListIsTheRodentGeneUngroundedWhereNoPeopleAreNamed() {
        let extractor = sharedExtractor.using(Self.table)
        let rodentOnly = extractor.annotate(Document(id: "1", title: "", abstract: "OXTR was expressed in mice."))
        let rodentGene = Entity(id: "LITGRAPH:oxytocin-receptor", name: "oxytocin receptor", category: .geneOrProtein)
        #expect(rodentOnly.mentions.map(\.entity) == [rodentGene])
        #expect(
            Self.geneIDs(extractor, "OXTR was expressed in mice and in one patient.") == ["OXTR=NCBIGene:5021"])
        #expect(Self.geneIDs(extractor, "OXTR was expressed in patients.") == ["OXTR=NCBIGene:5021"])
    }

    @Test func mouseGeneProductsFromMeSHNameNoSpeciesAndStayGrounded() {
        let extractor = sharedExtractor.using(Self.table)
        #expect(Self.geneIDs(extractor, "Hemoglobin fell in mice.") == ["Hemoglobin=MESH:D006454"])
    }

    @Test(arguments: [
        (SpeciesWordCounts(mouse: 2), true), (SpeciesWordCounts(rat: 1), true),
        (SpeciesWordCounts(mouse: 3, human: 1), false), (SpeciesWordCounts(), false),
    ])
    func rodentOnlyMeansRodentsAndNoPeople(counts: SpeciesWordCounts, rodentOnly: Bool) {
        #expect(counts.isRodentOnly == rodentOnly)
    }

    @Test func capitalisedSymbolsWithoutADigitMatchOnlyInRodentDocuments() {
        #expect(Self.geneIDs(sharedExtractor, "We saw Casp3 cleaved in rats.") == ["Casp3=NCBIGene:25402"])
        #expect(Self.geneIDs(sharedExtractor, "We saw Casp3 cleaved in patients.") == ["Casp3=NCBIGene:836"])
        #expect(Self.geneIDs(sharedExtractor, "We saw Cox raised in rats.") == ["Cox=LITGRAPH:cox8a"])
        #expect(Self.geneIDs(sharedExtractor, "We saw Cox raised in patients.").isEmpty)
        #expect(Self.geneIDs(sharedExtractor, "Proc Natl Acad Sci, with patients.").isEmpty)
    }

    @Test func theBuiltInTableGroundsCommonRodentGenes() {
        #expect(Self.geneIDs(sharedExtractor, "TNF-alpha was raised in mice.") == ["TNF-alpha=NCBIGene:21926"])
        #expect(Self.geneIDs(sharedExtractor, "TNF-alpha was raised in rats.") == ["TNF-alpha=NCBIGene:24835"])
        let tnf = sharedExtractor.annotate(Document(id: "1", title: "", abstract: "TNF was raised in rats."))
        #expect(tnf.mentions.first?.entity.name == "Tnf")
    }

    @Test func tableRoundTripsThroughItsTSVForm() throws {
        let text = Self.table.tsv(comment: ["learned from a test"])
        #expect(text.hasPrefix("# learned from a test\nhuman_id\tspecies\tortholog_id\tname\tsupport\n"))
        let reloaded = try OrthologTable(tsv: text, source: "orthologs.tsv")
        #expect(reloaded.entries == Self.table.entries)
        #expect(reloaded.tsv(comment: ["learned from a test"]) == text)
    }

    @Test(arguments: [
        ("NCBIGene:1\tmouse\tNCBIGene:2\tX\t1\n", "orthologs.tsv:1: missing header"),
        (
            "human_id\tspecies\tortholog_id\tname\tsupport\nNCBIGene:1\tmouse\tNCBIGene:2\n",
            "orthologs.tsv:2: expected 5"
        ),
        (
            "human_id\tspecies\tortholog_id\tname\tsupport\nNCBIGene:1\tyeast\tNCBIGene:2\tX\t1\n",
            "unknown species 'yeast'"
        ),
        (
            "human_id\tspecies\tortholog_id\tname\tsupport\nNCBIGene:1\trat\tNCBIGene:2\tX\tmany\n",
            "'many' is not a count"
        ),
        ("", "orthologs.tsv: missing header"),
    ])
    func malformedTablesNameTheLineAndTheFix(text: String, fragment: String) {
        #expect {
            _ = try OrthologTable(tsv: text, source: "orthologs.tsv")
        } throws: { error in
            let message = String(describing: error)
            return message.contains(fragment) && message.contains("litgraph lexicon orthologs")
        }
    }

    @Test func trainerLearnsTheRodentGeneTheGoldAnnotationsUse() {
        let lexicon = sharedExtractor.lexicon
        var trainer = OrthologTableTrainer(lexicon: lexicon)
        let extractor = Extractor(lexicon: lexicon, entitySource: .lexicon)
        for (abstract, goldID) in [
            ("IL-6 rose in mice.", "NCBIGene:16193"), ("IL-6 fell in mice.", "NCBIGene:16193"),
            ("IL-6 rose in patients.", "NCBIGene:3569"), ("OXTR in mice.", "NCBIGene:5021"),
        ] {
            let span = TextSpan(start: 1, end: 5)
            let gold = Entity(id: goldID, name: "x", category: .geneOrProtein)
            let document = Document(
                id: abstract, title: "", abstract: abstract,
                annotations: [Mention(entity: gold, span: span, text: "x")])
            let predicted = extractor.annotate(Document(id: abstract, title: "", abstract: abstract))
            trainer.add(gold: document, predicted: predicted, species: SpeciesDetector().species(of: abstract))
        }
        let table = trainer.table()
        #expect(table.entries.map(\.humanID) == ["NCBIGene:3569"], "a human gene's own id is no ortholog")
        #expect(table.entries.first?.entity == Entity(id: "NCBIGene:16193", name: "Il6", category: .geneOrProtein))
        #expect(table.entries.first?.support == 2)
    }

    @Test func aGeneMostlyUnannotatedInRodentDocumentsGetsNoEntry() {
        let lexicon = sharedExtractor.lexicon
        var trainer = OrthologTableTrainer(lexicon: lexicon)
        let extractor = Extractor(lexicon: lexicon, entitySource: .lexicon)
        for (abstract, annotated) in [
            ("IL-6 rose in mice.", true), ("IL-6 fell in mice.", false), ("IL-6 in mice.", false),
        ] {
            let gold = Entity(id: "NCBIGene:16193", name: "x", category: .geneOrProtein)
            let annotations = annotated ? [Mention(entity: gold, span: TextSpan(start: 1, end: 5), text: "IL-6")] : []
            let document = Document(id: abstract, title: "", abstract: abstract, annotations: annotations)
            let predicted = extractor.annotate(Document(id: abstract, title: "", abstract: abstract))
            trainer.add(gold: document, predicted: predicted, species: .mouse)
        }
        #expect(trainer.table().entries.isEmpty)
    }

    @Test func rodentNamesFollowRodentNomenclature() {
        #expect(OrthologTable.rodentName(of: "PRKAA1") == "Prkaa1")
        #expect(OrthologTable.rodentName(of: "IL6") == "Il6")
        #expect(OrthologTable.rodentName(of: "") == "")
    }
}
