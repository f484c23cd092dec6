import LitGraphExtraction
import LitGraphModel
import Testing

/// The extractor's specification: sentences and the triples they must give, grouped by construction.
///
/// A triple is written `subject -> predicate(polarity) -> object`, with ` [negated]` / ` [hedged]` when flagged.
@Suite struct RelationExamplesTests {
    static let voice: [(String, [String])] = [
        ("Oxytocin increases social behavior.", ["oxytocin -> positively_regulates(positive) -> social behavior"]),
        (
            "Cortisol significantly reduced psychological resilience.",
            ["cortisol -> negatively_regulates(negative) -> psychological resilience"]
        ),
        ("Estradiol modulates serotonin.", ["estradiol -> regulates(unknown) -> serotonin"]),
        ("Tamoxifen inhibits ESR1.", ["tamoxifen -> negatively_regulates(negative) -> ESR1"]),
        (
            "Oxytocin attenuated the HPA axis.",
            ["oxytocin -> negatively_regulates(negative) -> hypothalamic-pituitary-adrenal axis"]
        ),
        ("Social behavior is regulated by oxytocin.", ["oxytocin -> regulates(unknown) -> social behavior"]),
        ("Cortisol release was suppressed by oxytocin.", ["oxytocin -> negatively_regulates(negative) -> cortisol"]),
        (
            "Serotonin levels were increased by fluoxetine.",
            ["fluoxetine -> positively_regulates(positive) -> serotonin"]
        ),
        (
            "Oxytocin decreased plasma levels of cortisol.",
            ["oxytocin -> negatively_regulates(negative) -> cortisol"]
        ),
        ("Oestrogen enhances social behaviour.", ["estrogen -> positively_regulates(positive) -> social behavior"]),
        ("TNF-α increases IL-6.", ["TNF -> positively_regulates(positive) -> IL6"]),
    ]

    static let compounds: [(String, [String])] = [
        (
            "Patients developed doxorubicin-induced cardiotoxicity.",
            ["doxorubicin -> causes(positive) -> cardiotoxicity"]
        ),
        (
            "LPS-induced inflammation was attenuated by dexamethasone.",
            [
                "lipopolysaccharide -> causes(positive) -> inflammation",
                "dexamethasone -> negatively_regulates(negative) -> inflammation",
            ]
        ),
        (
            "Stress-induced anxiety was reduced by oxytocin.",
            [
                "psychological stress -> causes(positive) -> anxiety",
                "oxytocin -> negatively_regulates(negative) -> anxiety",
            ]
        ),
        ("Oxytocin-mediated social behavior was observed.", ["oxytocin -> regulates(unknown) -> social behavior"]),
        (
            "Stress-induced increase in cortisol was observed.",
            ["psychological stress -> positively_regulates(positive) -> cortisol"]
        ),
    ]

    static let nominalisations: [(String, [String])] = [
        ("The effect of oxytocin on cortisol was examined.", ["oxytocin -> regulates(unknown) -> cortisol"]),
        ("We studied the impact of exercise on depression.", ["exercise -> regulates(unknown) -> depression"]),
        ("The role of BDNF in depression remains unclear.", ["BDNF -> regulates(unknown) -> depression"]),
        (
            "Activation of OXTR by oxytocin was observed.",
            ["oxytocin -> positively_regulates(positive) -> oxytocin receptor"]
        ),
        (
            "An association between depression and breast cancer was reported.",
            ["depression -> associated_with(unknown) -> breast cancer"]
        ),
        ("Oxytocin plays a key role in maternal behavior.", ["oxytocin -> regulates(unknown) -> maternal behavior"]),
        (
            "Oxytocin has a significant impact on regulating social behavior.",
            ["oxytocin -> regulates(unknown) -> social behavior"]
        ),
        (
            "Oxytocin plays a critical role in enhancing trust.",
            ["oxytocin -> positively_regulates(positive) -> trust"]
        ),
    ]

    static let causation: [(String, [String])] = [
        ("Chronic stress leads to depression.", ["psychological stress -> causes(positive) -> depression"]),
        (
            "Cisplatin treatment leads to a reduction in cell proliferation.",
            ["cisplatin -> negatively_regulates(negative) -> cell proliferation"]
        ),
        ("Hypothyroidism results in fatigue.", ["hypothyroidism -> causes(positive) -> fatigue"]),
        (
            "The activation of OXTR in breast cancer cells leads to apoptosis.",
            ["oxytocin receptor -> positively_regulates(positive) -> apoptosis"]
        ),
    ]

    static let clauses: [(String, [String])] = [
        (
            "Oxytocin modulates social behavior by influencing AVP and serotonin.",
            [
                "oxytocin -> regulates(unknown) -> social behavior", "oxytocin -> regulates(unknown) -> AVP",
                "oxytocin -> regulates(unknown) -> serotonin",
            ]
        ),
        (
            "Exercise improves mood by increasing BDNF.",
            [
                "exercise -> positively_regulates(positive) -> mood",
                "exercise -> positively_regulates(positive) -> BDNF",
            ]
        ),
        (
            "Breast cancer is a disease that compromises quality of life.",
            ["breast cancer -> negatively_regulates(negative) -> quality of life"]
        ),
        (
            "Oxytocin, which is released during labor, stimulates uterine contraction.",
            ["oxytocin -> positively_regulates(positive) -> uterine contraction"]
        ),
        (
            "In patients with breast cancer, psychotherapy improved resilience.",
            ["psychotherapy -> positively_regulates(positive) -> psychological resilience"]
        ),
        (
            "Chronic stress impairs memory, reducing quality of life.",
            [
                "psychological stress -> negatively_regulates(negative) -> memory",
                "psychological stress -> negatively_regulates(negative) -> quality of life",
            ]
        ),
    ]

    static let coordination: [(String, [String])] = [
        (
            "Oxytocin reduces cortisol, ACTH and CRH.",
            [
                "oxytocin -> negatively_regulates(negative) -> cortisol",
                "oxytocin -> negatively_regulates(negative) -> adrenocorticotropic hormone",
                "oxytocin -> negatively_regulates(negative) -> CRH",
            ]
        ),
        (
            "Psychotherapy and exercise improve quality of life.",
            [
                "psychotherapy -> positively_regulates(positive) -> quality of life",
                "exercise -> positively_regulates(positive) -> quality of life",
            ]
        ),
        (
            "Oxytocin increased trust and empathy.",
            [
                "oxytocin -> positively_regulates(positive) -> trust",
                "oxytocin -> positively_regulates(positive) -> empathy",
            ]
        ),
        (
            "Hormones, including estradiol and progesterone, regulate mood.",
            ["estradiol -> regulates(unknown) -> mood", "progesterone -> regulates(unknown) -> mood"]
        ),
        (
            "Estradiol modulates estrogen and its receptors.",
            ["estradiol -> regulates(unknown) -> estrogen", "estradiol -> regulates(unknown) -> estrogen receptor"]
        ),
    ]

    static let pronouns: [(String, [String])] = [
        ("Oxytocin is a neuropeptide. It increases trust.", ["oxytocin -> positively_regulates(positive) -> trust"]),
        (
            "Oxytocin, through its direct interaction with oxytocin receptors, increases trust.",
            [
                "oxytocin -> interacts_with(unknown) -> oxytocin receptor",
                "oxytocin -> positively_regulates(positive) -> trust",
            ]
        ),
        (
            "Psychotherapy improves resilience. Its effect on depression is smaller.",
            [
                "psychotherapy -> positively_regulates(positive) -> psychological resilience",
                "psychotherapy -> regulates(unknown) -> depression",
            ]
        ),
    ]

    static let interactions: [(String, [String])] = [
        ("Depression is associated with breast cancer.", ["depression -> associated_with(unknown) -> breast cancer"]),
        ("Exercise is protective against depression.", ["exercise -> treats(negative) -> depression"]),
        ("Oxytocin is involved in lactation.", ["oxytocin -> regulates(unknown) -> lactation"]),
        ("Oxytocin binds to OXTR.", ["oxytocin -> interacts_with(unknown) -> oxytocin receptor"]),
        ("Oxytocin interacts with AVPR1A.", ["oxytocin -> interacts_with(unknown) -> AVPR1A"]),
        ("Fluoxetine treats depression.", ["fluoxetine -> treats(negative) -> depression"]),
        ("Exercise alleviates depression.", ["exercise -> treats(negative) -> depression"]),
        ("Aspirin prevents heart failure.", ["aspirin -> treats(negative) -> heart failure"]),
    ]

    @Test(arguments: voice) func activeAndPassiveVoice(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: compounds) func compoundParticiples(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: nominalisations) func nominalTriggers(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: causation) func causativeVerbs(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: clauses) func relativeAndParticipleClauses(_ example: (String, [String])) {
        expectTriples(example)
    }

    @Test(arguments: coordination) func coordinatedArguments(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: pronouns) func pronounsAndPossessives(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: interactions) func interactionsAndAssociations(_ example: (String, [String])) {
        expectTriples(example)
    }
}

/// Checks that a sentence gives exactly the expected triples.
func expectTriples(_ example: (String, [String]), sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Set(triples(in: example.0)) == Set(example.1), "\(example.0)", sourceLocation: sourceLocation)
}
