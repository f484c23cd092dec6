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

    static let negation: [(String, [String])] = [
        ("Oxytocin did not increase cortisol.", ["oxytocin -> positively_regulates(positive) -> cortisol [negated]"]),
        ("There was no effect of oxytocin on anxiety.", ["oxytocin -> regulates(unknown) -> anxiety [negated]"]),
        (
            "Depression was not associated with breast cancer.",
            ["depression -> associated_with(unknown) -> breast cancer [negated]"]
        ),
        ("Fluoxetine failed to reduce anxiety.", ["fluoxetine -> negatively_regulates(negative) -> anxiety [negated]"]),
        ("Cortisol was not affected by oxytocin.", ["oxytocin -> regulates(unknown) -> cortisol [negated]"]),
    ]

    static let hedging: [(String, [String])] = [
        (
            "Oxytocin may enhance psychological resilience.",
            ["oxytocin -> positively_regulates(positive) -> psychological resilience [hedged]"]
        ),
        (
            "These results suggest that estradiol increases serotonin.",
            ["estradiol -> positively_regulates(positive) -> serotonin [hedged]"]
        ),
        (
            "Estrogen could possibly attenuate depression.",
            ["estrogen -> negatively_regulates(negative) -> depression [hedged]"]
        ),
        ("Whether oxytocin affects cortisol is unknown.", ["oxytocin -> regulates(unknown) -> cortisol [hedged]"]),
        (
            "Oxytocin might not reduce anxiety.",
            ["oxytocin -> negatively_regulates(negative) -> anxiety [negated] [hedged]"]
        ),
    ]

    /// Sentences that state no relation between two things: they must give nothing.
    static let nothing: [String] = [
        "This review provides an overview of the oxytocin system.",
        "Future research directions are discussed.",
        "Oxytocin and cortisol were measured in all patients.",
        "Breast cancer patients reported improved social support.",
        "The mechanism remains unclear.",
        "Patients received tamoxifen. Their depression decreased.",
        "We measured the levels of serotonin and dopamine.",
        "The increased levels of cortisol were striking.",
        "Samples were collected before and after treatment.",
        "The activation of peripheral oxytocin receptors leads to improved social outcomes.",
        "Oxytocin is a neuropeptide synthesized in the hypothalamus.",
        "Control subjects received placebo.",
    ]

    @Test(arguments: voice + compounds + nominalisations + causation)
    func verbsAndNominals(_ example: (String, [String])) {
        #expect(Set(triples(in: example.0)) == Set(example.1), "\(example.0)")
    }

    @Test(arguments: clauses + coordination + pronouns + interactions)
    func clausesCoordinationAndPronouns(_ example: (String, [String])) {
        #expect(Set(triples(in: example.0)) == Set(example.1), "\(example.0)")
    }

    @Test(arguments: negation + hedging)
    func negationAndHedging(_ example: (String, [String])) {
        #expect(Set(triples(in: example.0)) == Set(example.1), "\(example.0)")
    }

    @Test(arguments: nothing)
    func sentencesWithoutRelations(_ sentence: String) {
        #expect(triples(in: sentence).isEmpty, "\(sentence)")
    }
}
