import LitGraphExtraction
import LitGraphModel
import Testing

/// Sentences that name entities but state no relation between them (measurements, cohorts,
/// definitions, comparisons): they must give nothing.
@Suite struct NoRelationExamplesTests {
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
        "Dopamine was measured in all rats.",
        "Blood samples were obtained for cortisol and insulin.",
        "Patients with diabetes and hypertension were enrolled.",
        "Cisplatin and paclitaxel were given every three weeks.",
        "The study included 120 patients treated with tamoxifen.",
        "Serum levels of IL-6 and CRP were determined by ELISA.",
        "Metformin is the first-line drug for type 2 diabetes.",
        "Haloperidol is an antipsychotic drug.",
        "Depression is common in patients with Parkinson disease.",
        "The prevalence of obesity and diabetes is increasing.",
        "Aspirin was compared with clopidogrel.",
        "Metformin versus insulin in gestational diabetes.",
        "Warfarin and heparin are anticoagulants.",
        "Insulin resistance and hypertension often coexist.",
        "Metformin was more effective than glipizide.",
        "Amlodipine was superior to atenolol.",
        "Ketamine is as effective as electroconvulsive therapy.",
        "Metformin and insulin were compared. This drug reduced weight.",
    ]

    @Test(arguments: nothing) func sentencesWithoutRelations(_ sentence: String) {
        #expect(triples(in: sentence).isEmpty, "\(sentence)")
    }
}
