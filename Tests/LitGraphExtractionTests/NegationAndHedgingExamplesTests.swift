import LitGraphExtraction
import LitGraphModel
import Testing

/// Negated and hedged statements: the triple is kept with its flag, never dropped or turned into
/// the opposite sign.
@Suite struct NegationAndHedgingExamplesTests {
    static let negation: [(String, [String])] = [
        ("Oxytocin did not increase cortisol.", ["oxytocin -> positively_regulates(positive) -> cortisol [negated]"]),
        ("There was no effect of oxytocin on anxiety.", ["oxytocin -> regulates(unknown) -> anxiety [negated]"]),
        (
            "Depression was not associated with breast cancer.",
            ["depression -> associated_with(unknown) -> breast cancer [negated]"]
        ),
        ("Fluoxetine failed to reduce anxiety.", ["fluoxetine -> negatively_regulates(negative) -> anxiety [negated]"]),
        ("Cortisol was not affected by oxytocin.", ["oxytocin -> regulates(unknown) -> cortisol [negated]"]),
        ("Aspirin did not reduce mortality.", ["aspirin -> negatively_regulates(negative) -> Mortality [negated]"]),
        (
            "Valproate did not reduce seizures.",
            ["Valproic Acid -> negatively_regulates(negative) -> seizures [negated]"]
        ),
        (
            "Metformin had no significant effect on body weight.",
            ["metformin -> regulates(unknown) -> Body Weight [negated]"]
        ),
        (
            "No significant association between smoking and breast cancer was found.",
            ["Smoking -> associated_with(unknown) -> breast cancer [negated]"]
        ),
        (
            "Tamoxifen did not significantly affect bone density.",
            ["tamoxifen -> regulates(unknown) -> Bone Density [negated]"]
        ),
        ("Serum IL-6 was not correlated with depression.", ["IL6 -> associated_with(unknown) -> depression [negated]"]),
        ("Propranolol did not cause bradycardia.", ["Propranolol -> causes(positive) -> Bradycardia [negated]"]),
        (
            "Celecoxib did not increase the risk of myocardial infarction.",
            ["Celecoxib -> positively_regulates(positive) -> Myocardial Infarction [negated]"]
        ),
        (
            "Aspirin was not associated with an increased risk of stroke.",
            ["aspirin -> associated_with(unknown) -> Stroke [negated]"]
        ),
        (
            "Lithium failed to prevent relapse of depression.",
            ["lithium -> treats(negative) -> depression [negated]"]
        ),
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
        (
            "Haloperidol may be a risk factor for tardive dyskinesia.",
            ["haloperidol -> positively_regulates(positive) -> drug-induced dyskinesia [hedged]"]
        ),
        (
            "Knockdown of STAT3 possibly reduced cell proliferation.",
            ["STAT3 -> positively_regulates(positive) -> cell proliferation [hedged]"]
        ),
        ("Insulin might increase leptin.", ["INS -> positively_regulates(positive) -> LEP [hedged]"]),
        ("Ketamine may be effective in treating depression.", ["Ketamine -> treats(negative) -> depression [hedged]"]),
        (
            "We investigated whether metformin reduces cancer risk.",
            ["metformin -> negatively_regulates(negative) -> cancer [hedged]"]
        ),
        (
            "These findings suggest that curcumin inhibits NF-kappaB.",
            ["Curcumin -> negatively_regulates(negative) -> NFKB1 [hedged]"]
        ),
        (
            "Estrogen possibly protects against Alzheimer disease.",
            ["estrogen -> treats(negative) -> Alzheimer disease [hedged]"]
        ),
        (
            "It is possible that lithium prevents suicide.",
            ["lithium -> negatively_regulates(negative) -> Suicide [hedged]"]
        ),
        ("Cortisol appears to impair memory.", ["cortisol -> negatively_regulates(negative) -> memory [hedged]"]),
        (
            "We hypothesized that oxytocin attenuates anxiety.",
            ["oxytocin -> negatively_regulates(negative) -> anxiety [hedged]"]
        ),
        (
            "Vitamin D could potentially reduce the risk of influenza.",
            ["Vitamin D -> negatively_regulates(negative) -> Influenza, Human [hedged]"]
        ),
    ]

    @Test(arguments: negation) func negatedStatements(_ example: (String, [String])) { expectTriples(example) }

    @Test(arguments: hedging) func hedgedStatements(_ example: (String, [String])) { expectTriples(example) }
}
