import LitGraphExtraction
import LitGraphModel
import Testing

/// Schwartz–Hearst abbreviation detection, and what a definition does to the entities of its document.
@Suite struct AbbreviationTests {
    /// The definitions of a one-sentence abstract, as `SF=long form`.
    static func definitions(_ text: String) -> [String] {
        AbbreviationDetector().definitions(in: Document(id: "a", title: "", abstract: text)).map {
            "\($0.shortForm)=\($0.longForm)"
        }
    }

    /// The mentions of a document, as `text=id`, in text order.
    static func mentions(_ abstract: String, title: String = "", extractor: Extractor = sharedExtractor) -> [String] {
        extractor.annotate(Document(id: "a", title: title, abstract: abstract)).mentions.map {
            "\($0.text)=\($0.entity.id)"
        }
    }

    /// A lexicon without the `HPA` synonym and with a conflicting `PC`, for the overriding cases.
    static let smallExtractor: Extractor = {
        let tsv = """
            id\tname\tcategory\tsynonyms
            MESH:D010913\thypothalamic-pituitary-adrenal axis\tsystem\t
            MESH:D011471\tprostate cancer\tdisease\tprostatic neoplasms
            MESH:D010713\tphosphatidylcholine\tchemical\tPC|lecithin
            MESH:D006854\tcortisol\tchemical\t
            """
        do {
            return Extractor(lexicon: try Lexicon(tsv: tsv, source: "abbreviations.tsv"))
        } catch {
            fatalError("the test lexicon does not load: \(error)")
        }
    }()

    // MARK: Detection

    @Test(arguments: [
        // Classic "long form (SF)".
        ("Levels of reactive oxygen species (ROS) rose.", ["ROS=reactive oxygen species"]),
        ("Patients with post-traumatic stress disorder (PTSD) were enrolled.", ["PTSD=post-traumatic stress disorder"]),
        // The short form inside the long form: the long form is the part before the parenthesis.
        ("Stress activates the hypothalamic-pituitary-adrenal (HPA) axis.", ["HPA=hypothalamic-pituitary-adrenal"]),
        // Hyphenated long forms.
        ("corticotropin-releasing hormone (CRH) was injected", ["CRH=corticotropin-releasing hormone"]),
        // Inverted "SF (long form)".
        ("We measured TNF (tumour necrosis factor) in serum.", ["TNF=tumour necrosis factor"]),
        ("Plasma IL-6 (interleukin-6) was high.", ["IL-6=interleukin-6"]),
        // `;` and `,` inside the parentheses.
        ("the hypothalamic-pituitary-adrenal (HPA; see below) axis", ["HPA=hypothalamic-pituitary-adrenal"]),
        ("post-traumatic stress disorder (PTSD, 12%) was common", ["PTSD=post-traumatic stress disorder"]),
        // Nested parentheses, either way round.
        ("brain-derived neurotrophic factor (BDNF (ref. 4)) levels fell", ["BDNF=brain-derived neurotrophic factor"]),
        ("a peptide (arginine vasopressin (AVP)) that rises", ["AVP=arginine vasopressin"]),
        // Digits.
        ("5-hydroxytryptamine (5-HT) release", ["5-HT=5-hydroxytryptamine"]),
        ("interleukin 6 (IL6) and interleukin 1 beta (IL1B)", ["IL6=interleukin 6", "IL1B=interleukin 1 beta"]),
        // Greek letters, written or spelt out.
        ("tumor necrosis factor alpha (TNF-α) was released", ["TNF-α=tumor necrosis factor alpha"]),
        ("estrogen receptor α (ERα) binds", ["ERα=estrogen receptor α"]),
        // Plural short forms.
        ("nonsteroidal anti-inflammatory drugs (NSAIDs) were given", ["NSAIDs=nonsteroidal anti-inflammatory drugs"]),
        // Several in one sentence, each long form stopping at the previous parenthesis.
        ("oxytocin (OT) and arginine vasopressin (AVP) differ", ["OT=oxytocin", "AVP=arginine vasopressin"]),
        // A long form that already holds its short form defines nothing.
        ("IL-6 levels (IL-6) rose", []),
        // Parentheses that are no definitions.
        ("Cortisol rose significantly (p < 0.05).", []),
        ("Twelve women were included (n = 12).", []),
        ("Oxytocin rose after treatment (Fig. 2).", []),
        ("As reported before (2019), oxytocin rose.", []),
        ("The hypothesis was confirmed (see above).", []),
        ("Resilience was common (Smith et al., 2003).", []),
        ("Patients with depression (MDD) were treated.", []),
        ("The odds were higher (OR = 2.1, 95% CI 1.2-3.4).", []),
    ])
    func detects(_ example: (String, [String])) {
        #expect(Self.definitions(example.0) == example.1)
    }

    @Test(arguments: [
        "Stress activates the hypothalamic-pituitary-adrenal (HPA) axis.",
        "Ängstliche Patienten: β-Endorphin (β-END) und Kortisol.",
        "Die Nebennierenrinde – hypothalamic-pituitary-adrenal (HPA) – reagiert.",
    ])
    func spansAreCodePointOffsetsIntoTheDocumentText(_ abstract: String) throws {
        let document = Document(id: "a", title: "Über Stress", abstract: abstract)
        let definitions = AbbreviationDetector().definitions(in: document)
        try #require(definitions.count == 1)
        for definition in definitions {
            #expect(document.text.substring(in: definition.shortFormSpan) == definition.shortForm)
            #expect(document.text.substring(in: definition.longFormSpan) == definition.longForm)
            #expect(definition.longFormSpan.end <= definition.shortFormSpan.start)
        }
    }

    @Test func invertedDefinitionsSaySo() throws {
        let inverted = AbbreviationDetector().definitions(
            in: Document(id: "a", title: "", abstract: "TNF (tumour necrosis factor) rose"))
        let classic = AbbreviationDetector().definitions(
            in: Document(id: "a", title: "", abstract: "tumour necrosis factor (TNF) rose"))
        #expect(try #require(inverted.first).isInverted)
        #expect(try !#require(classic.first).isInverted)
    }

    // MARK: Integration

    @Test(arguments: [
        // The short form inside the long form resolves to the HPA axis, and keeps meaning it.
        (
            "Stress activates the hypothalamic-pituitary-adrenal (HPA) axis. Cortisol feedback on the HPA fails.",
            [
                "Stress=MESH:D013315", "hypothalamic-pituitary-adrenal=MESH:D010913", "HPA=MESH:D010913",
                "Cortisol=MESH:D006854", "HPA=MESH:D010913",
            ]
        ),
        // The same, written the other way round.
        (
            "Stress activates the HPA (hypothalamic-pituitary-adrenal) axis. The HPA adapts.",
            [
                "Stress=MESH:D013315", "HPA=MESH:D010913", "hypothalamic-pituitary-adrenal=MESH:D010913",
                "HPA=MESH:D010913",
            ]
        ),
        // A local definition overrides the gene symbol AVP with the chemical of the long form.
        (
            "Arginine vasopressin (AVP) rises in stress. AVP increases anxiety.",
            [
                "Arginine vasopressin=MESH:D001127", "AVP=MESH:D001127", "stress=MESH:D013315", "AVP=MESH:D001127",
                "anxiety=MESH:D001008",
            ]
        ),
        // A long form the lexicon ends overrides the gene symbol.
        (
            "Ambulatory venous pressure (AVP) was measured. AVP rose after yoga.",
            [
                "venous pressure=MESH:D014690", "AVP=MESH:D014690", "AVP=MESH:D014690", "yoga=MESH:D015013",
            ]
        ),
        // An ungrounded long form still overrides the gene symbol.
        (
            "Averaged vertex plumes (AVP) were recorded. AVP rose after yoga.",
            [
                "Averaged vertex plumes=LITGRAPH:averaged-vertex-plumes",
                "AVP=LITGRAPH:averaged-vertex-plumes", "AVP=LITGRAPH:averaged-vertex-plumes",
                "yoga=MESH:D015013",
            ]
        ),
        // A long form naming nothing the lexicon or a node could be: the gene sense is not taken.
        ("The apical-ventral-proximal (AVP) gradient was steep. AVP differed.", []),
        // Undefined symbols are left to the lexicon: AVP stays the gene, an unknown one stays unmarked.
        ("AVP and XQZ rose in stress.", ["AVP=NCBIGene:551", "stress=MESH:D013315"]),
        // A long form the lexicon ends: the match at its end gives the sense.
        (
            "Chronic psychological stress (CPS) impairs memory. CPS also impairs sleep.",
            [
                "psychological stress=MESH:D013315", "CPS=MESH:D013315", "memory=MESH:D008568",
                "CPS=MESH:D013315", "sleep=MESH:D012890",
            ]
        ),
        // A plural of the short form later in the text.
        (
            "Cells produce reactive oxygen species (ROS). Mitochondrial ROSs rose.",
            ["reactive oxygen species=MESH:D017382", "ROS=MESH:D017382", "ROSs=MESH:D017382"]
        ),
        // A short form joined to a number is part of another symbol.
        (
            "Ambulatory venous pressure (AVP) was measured in AVP-2 mice.",
            ["venous pressure=MESH:D014690", "AVP=MESH:D014690"]
        ),
        // A long form the lexicon's reading of the short form agrees with keeps that reading.
        (
            "The hypothalamic-pituitary-adrenal (HPA) function was normal. The HPA recovered.",
            ["hypothalamic-pituitary-adrenal=MESH:D010913", "HPA=MESH:D010913", "HPA=MESH:D010913"]
        ),
    ])
    func resolvesShortFormsWithTheBuiltInLexicon(_ example: (String, [String])) {
        #expect(Self.mentions(example.0) == example.1)
    }

    @Test(arguments: [
        // "HPA" is not in this lexicon: the definition alone makes it the HPA axis.
        (
            "Stress activates the hypothalamic-pituitary-adrenal (HPA) axis. Cortisol feedback on the HPA fails.",
            [
                "hypothalamic-pituitary-adrenal=MESH:D010913", "HPA=MESH:D010913", "Cortisol=MESH:D006854",
                "HPA=MESH:D010913",
            ]
        ),
        // "PC" defined as prostate cancer is not phosphatidylcholine, in the title either.
        (
            "Prostate cancer (PC) is common. Cortisol does not change PC growth.",
            [
                "PC=MESH:D011471", "Prostate cancer=MESH:D011471", "PC=MESH:D011471", "Cortisol=MESH:D006854",
                "PC=MESH:D011471",
            ]
        ),
        // Without a definition the lexicon's PC stands.
        ("PC membranes were rich in cortisol.", ["PC=MESH:D010713", "cortisol=MESH:D006854"]),
    ])
    func localDefinitionsOverrideTheLexicon(_ example: (String, [String])) {
        let title = example.0.hasPrefix("Prostate") ? "Cortisol and PC" : ""
        var expected = example.1
        if !title.isEmpty { expected.insert("Cortisol=MESH:D006854", at: 0) }
        #expect(Self.mentions(example.0, title: title, extractor: Self.smallExtractor) == expected)
    }

    @Test func aTermInsideADefinedShortFormIsNotRead() {
        let mentions = Self.mentions(
            "Gastroenteropancreatic neuroendocrine tumors (GEP-NETs) are rare. Most GEP-NETs grow slowly.")
        #expect(!mentions.contains { $0.hasPrefix("NETs=") }, "\(mentions)")
    }

    @Test func prostateCancerDefinedAsPCIsOneDiseaseWithTheBuiltInLexicon() throws {
        let annotated = sharedExtractor.annotate(
            Document(id: "a", title: "", abstract: "Prostate cancer (PC) is common. Oxytocin inhibits PC growth."))
        // The long form's entity is the match ending where "Prostate cancer" ends: "cancer" in the
        // built-in lexicon, "prostate cancer" in a fuller one.
        let longForm = try #require(annotated.mentions.first { $0.span.end == 16 })
        let shortForms = annotated.mentions.filter { $0.text == "PC" }
        #expect(shortForms.count == 2)
        #expect(shortForms.allSatisfy { $0.entity == longForm.entity })
        #expect(longForm.entity.category == .disease)
    }

    @Test func relationsUseTheDefinedSense() {
        let text = "Arginine vasopressin (AVP) is released in stress. AVP increases anxiety."
        #expect(triples(in: text).contains("arginine vasopressin -> positively_regulates(positive) -> anxiety"))
    }
}
