import Foundation
import LitGraphExtraction
import LitGraphModel
import Testing

/// The abstract LitGraph started from: the relations a reader draws from it.
@Suite struct OxytocinAbstractTests {
    static let title = "The role of the oxytocin system in the resilience of patients with breast cancer."
    static let abstract = """
        Breast cancer is a grave traumatic experience that can profoundly compromise patients' psychological \
        resilience, impacting their overall quality of life. The oxytocin system represents one of the essential \
        neurobiological bases of psychological resilience and plays a critical role in regulating resilience in \
        response to social or traumatic events during adulthood. Oxytocin, through its direct interaction with \
        peripheral or central oxytocin receptors, has been found to have a significant impact on regulating social \
        behavior. However, the precise mechanism by which the activation of peripheral oxytocin receptors leads to \
        improved social is still not completely comprehended and requires additional research. Its activation can \
        modulate psychological resilience by influencing estrogen and its receptors, the \
        hypothalamic-pituitary-adrenal axis, thyroid function, 5-hydroxytryptamine metabolism levels, and arginine \
        pressure release in breast cancer patients. Various interventions, including psychotherapy and behavioral \
        measures, have been employed to improve the psychological resilience of breast cancer patients. The \
        potential effectiveness of such interventions may be underpinned by their ability to modulate oxytocin \
        release levels. This review provides an overview of the oxytocin system and resilience in breast cancer \
        patients and identifies possible future research directions and interventions.
        """

    static let annotated = sharedExtractor.annotate(Document(id: "example", title: title, abstract: abstract))

    @Test func printsTriples() {
        for line in renderedTriples(Self.annotated) { print(line) }
    }
}
