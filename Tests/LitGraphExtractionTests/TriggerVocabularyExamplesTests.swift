import LitGraphExtraction
import LitGraphModel
import Testing

/// The trigger vocabulary beyond the core verbs, loss-of-function subjects, agent nouns, argument
/// attachment, comparisons and references to an earlier sentence.
@Suite struct TriggerVocabularyExamplesTests {
    static let vocabulary: [(String, [String])] = [
        (
            "Dexamethasone suppresses IL-6 production in macrophages.",
            ["dexamethasone -> negatively_regulates(negative) -> IL6"]
        ),
        ("Metformin activates AMPK in hepatocytes.", ["metformin -> positively_regulates(positive) -> PRKAA1"]),
        ("Rapamycin inhibits mTOR.", ["Sirolimus -> negatively_regulates(negative) -> MTOR"]),
        ("Haloperidol induced catalepsy in rats.", ["haloperidol -> causes(positive) -> Catalepsy"]),
        ("Cocaine provoked seizures in mice.", ["cocaine -> causes(positive) -> seizures"]),
        ("Corticosteroids exacerbate hypertension.", ["Adrenal Cortex Hormones -> causes(positive) -> hypertension"]),
        ("Heparin precipitated thrombocytopenia.", ["Heparin -> causes(positive) -> Thrombocytopenia"]),
        ("Levodopa aggravated dyskinesia.", ["Levodopa -> causes(positive) -> drug-induced dyskinesia"]),
        ("Lithium rescued the memory deficits.", ["lithium -> treats(negative) -> memory disorders"]),
        ("Metformin ameliorated insulin resistance.", ["metformin -> treats(negative) -> Insulin Resistance"]),
        (
            "TNF-alpha up-regulated ICAM-1 expression in endothelial cells.",
            ["TNF -> positively_regulates(positive) -> ICAM1"]
        ),
        ("IL-6 is up-regulated by TNF-alpha.", ["TNF -> positively_regulates(positive) -> IL6"]),
        ("Curcumin downregulates NF-kappaB.", ["Curcumin -> negatively_regulates(negative) -> NFKB1"]),
        ("Aspirin protects against myocardial infarction.", ["aspirin -> treats(negative) -> Myocardial Infarction"]),
        ("Smoking is a risk factor for lung cancer.", ["Smoking -> positively_regulates(positive) -> lung neoplasms"]),
        ("Hypertension is a major cause of stroke.", ["hypertension -> causes(positive) -> Stroke"]),
        (
            "Cyclosporine-associated nephrotoxicity was observed.",
            ["Cyclosporine -> associated_with(unknown) -> kidney diseases"]
        ),
        (
            "Valproate was effective in reducing seizures.",
            ["Valproic Acid -> negatively_regulates(negative) -> seizures"]
        ),
        ("Serum ferritin was predictive of mortality.", ["serum ferritin -> associated_with(unknown) -> Mortality"]),
        ("Hyperglycemia was induced by streptozotocin.", ["Streptozocin -> causes(positive) -> Hyperglycemia"]),
    ]

    /// Removing, silencing or blocking X and seeing Y fall means X raises Y: the sign is inverted.
    static let lossOfFunction: [(String, [String])] = [
        (
            "Knockdown of STAT3 reduced cell proliferation.",
            ["STAT3 -> positively_regulates(positive) -> cell proliferation"]
        ),
        ("Depletion of SIRT1 decreased insulin secretion.", ["SIRT1 -> positively_regulates(positive) -> INS"]),
        ("Loss of p53 promoted tumor growth.", ["TP53 -> negatively_regulates(negative) -> cancer"]),
        ("Deficiency of leptin causes obesity.", ["LEP -> negatively_regulates(negative) -> obesity"]),
        ("Blockade of insulin reduced blood pressure.", ["INS -> positively_regulates(positive) -> Blood Pressure"]),
        ("BRCA1 knockdown increased apoptosis.", ["BRCA1 -> negatively_regulates(negative) -> apoptosis"]),
    ]

    static let agents: [(String, [String])] = [
        ("Haloperidol is an antagonist of DRD2.", ["haloperidol -> negatively_regulates(negative) -> DRD2"]),
        ("Rosiglitazone is a PPARG agonist.", ["Rosiglitazone -> positively_regulates(positive) -> PPARG"]),
        ("Apomorphine is a dopamine agonist.", ["Apomorphine -> positively_regulates(positive) -> dopamine"]),
        (
            "Losartan, an antagonist of the angiotensin II receptor, lowered blood pressure.",
            [
                "Losartan -> negatively_regulates(negative) -> angiotensin II receptor",
                "Losartan -> negatively_regulates(negative) -> Blood Pressure",
            ]
        ),
        ("The COX-2 inhibitor celecoxib reduced pain.", ["Celecoxib -> negatively_regulates(negative) -> pain"]),
    ]

    static let attachment: [(String, [String])] = [
        (
            "IL-6 and TNF-alpha increased CRP.",
            ["IL6 -> positively_regulates(positive) -> CRP", "TNF -> positively_regulates(positive) -> CRP"]
        ),
        (
            "LPS increased cytokines (IL-6, TNF-alpha and IL-1beta) in microglia.",
            [
                "lipopolysaccharide -> positively_regulates(positive) -> IL6",
                "lipopolysaccharide -> positively_regulates(positive) -> TNF",
                "lipopolysaccharide -> positively_regulates(positive) -> IL-1beta",
            ]
        ),
        (
            "Metformin reduced the expression of inflammatory markers (IL-6 and TNF-alpha).",
            [
                "metformin -> negatively_regulates(negative) -> IL6",
                "metformin -> negatively_regulates(negative) -> TNF",
            ]
        ),
        ("The effect of insulin on the expression of GLUT4 was studied.", ["INS -> regulates(unknown) -> SLC2A4"]),
        (
            "The LPS-induced increase in IL-6 was blocked by dexamethasone.",
            [
                "lipopolysaccharide -> positively_regulates(positive) -> IL6",
                "dexamethasone -> negatively_regulates(negative) -> IL6",
            ]
        ),
        (
            "Glucose uptake was enhanced by insulin and metformin.",
            [
                "INS -> positively_regulates(positive) -> glucose",
                "metformin -> positively_regulates(positive) -> glucose",
            ]
        ),
        (
            "Cortisol, which is elevated in depression, impairs memory.",
            ["cortisol -> negatively_regulates(negative) -> memory"]
        ),
        (
            "Fluoxetine, a selective serotonin reuptake inhibitor, improved mood.",
            ["fluoxetine -> positively_regulates(positive) -> mood"]
        ),
        (
            "Resveratrol, a polyphenol found in grapes, activates SIRT1.",
            ["Resveratrol -> positively_regulates(positive) -> SIRT1"]
        ),
        (
            "Leptin, which is secreted by adipocytes, suppresses appetite.",
            ["LEP -> negatively_regulates(negative) -> Appetite"]
        ),
    ]

    /// The standard of a comparison is never an argument; the relation is flagged as a comparison.
    static let comparison: [(String, [String])] = [
        (
            "Compared with placebo, sertraline reduced depression.",
            ["Sertraline -> negatively_regulates(negative) -> depression [comparison]"]
        ),
        (
            "Sertraline reduced depression compared with placebo.",
            ["Sertraline -> negatively_regulates(negative) -> depression [comparison]"]
        ),
        (
            "Pioglitazone lowered glucose more than metformin.",
            ["Pioglitazone -> negatively_regulates(negative) -> glucose [comparison]"]
        ),
        (
            "Unlike haloperidol, clozapine improved cognition.",
            ["Clozapine -> positively_regulates(positive) -> cognition [comparison]"]
        ),
    ]

    static let discourse: [(String, [String])] = [
        (
            "Tacrolimus was administered to kidney transplant recipients. This drug caused nephrotoxicity.",
            ["Tacrolimus -> causes(positive) -> kidney diseases"]
        ),
        (
            "Doxorubicin is widely used in oncology. The compound induces cardiotoxicity.",
            ["doxorubicin -> causes(positive) -> cardiotoxicity"]
        ),
        (
            "Vitamin D was measured. It reduces inflammation.",
            ["Vitamin D -> negatively_regulates(negative) -> inflammation"]
        ),
    ]

    @Test(arguments: vocabulary) func triggerWords(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: lossOfFunction) func lossOfFunctionInvertsTheSign(_ example: (String, [String])) {
        expectTriples(example)
    }

    @Test(arguments: agents) func agentNouns(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: attachment) func argumentAttachment(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: comparison) func comparisons(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: discourse) func referencesToAnEarlierSentence(_ example: (String, [String])) {
        expectTriples(example)
    }
}
