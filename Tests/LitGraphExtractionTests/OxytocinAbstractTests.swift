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

    static let triples = Set(renderedTriples(annotated))

    /// Done-when 1 of issue 2: each relation a reader draws from the abstract, with its family and sign.
    @Test(arguments: [
        "breast cancer -> negatively_regulates(negative) -> psychological resilience",
        "breast cancer -> regulates(unknown) -> quality of life",
        "oxytocin -> regulates(unknown) -> psychological resilience",
        "oxytocin -> interacts_with(unknown) -> oxytocin receptor",
        "oxytocin -> regulates(unknown) -> social behavior",
        "oxytocin receptor -> regulates(unknown) -> estrogen",
        "oxytocin receptor -> regulates(unknown) -> estrogen receptor",
        "oxytocin receptor -> regulates(unknown) -> hypothalamic-pituitary-adrenal axis",
        "oxytocin receptor -> regulates(unknown) -> thyroid function",
        "oxytocin receptor -> regulates(unknown) -> serotonin",
        "psychotherapy -> positively_regulates(positive) -> psychological resilience",
        "behavioral measures -> positively_regulates(positive) -> psychological resilience",
        "psychotherapy -> regulates(unknown) -> oxytocin release [hedged]",
        "behavioral measures -> regulates(unknown) -> oxytocin release [hedged]",
    ])
    func expectedRelation(_ triple: String) {
        #expect(Self.triples.contains(triple), "missing: \(triple); found: \(Self.triples.sorted())")
    }

    @Test func noDiscourseWordBecomesANode() {
        let names = Set(Self.annotated.relations.flatMap { [$0.relation.subject.name, $0.relation.object.name] })
        for banned in ["review", "research", "mechanism", "overview", "future research directions", "interventions"] {
            #expect(!names.contains(banned))
        }
    }

    @Test func nothingIsNegatedAndOnlyTheLastClaimIsHedged() {
        #expect(Self.annotated.relations.allSatisfy { !$0.evidence.isNegated })
        let hedged = Self.annotated.relations.filter(\.evidence.isHedged).map(\.relation.object.name)
        #expect(Set(hedged) == ["oxytocin release"])
    }

    @Test func groundsEntitiesToMeSHAndNCBIGene() {
        let ids = Dictionary(
            Self.annotated.mentions.map { ($0.entity.name, $0.entity.id) }, uniquingKeysWith: { first, _ in first }
        )
        #expect(ids["oxytocin"] == "MESH:D010121")
        #expect(ids["oxytocin receptor"] == "NCBIGene:5021")
        #expect(ids["breast cancer"] == "MESH:D001943")
        #expect(ids["psychological resilience"] == "MESH:D055500")
        #expect(ids["serotonin"] == "MESH:D012701")
        #expect(ids["estrogen"] == "MESH:D004967")
        #expect(ids["psychotherapy"] == "MESH:D011613")
        #expect(ids["quality of life"] == "MESH:D011788")
        #expect(ids["hypothalamic-pituitary-adrenal axis"] == "MESH:D010913")
        #expect(ids["behavioral measures"] == "LITGRAPH:behavioral-measures")
    }

    @Test func evidenceOffsetsPointAtTheirWords() {
        let text = Array(Self.annotated.document.text.unicodeScalars)
        func slice(_ span: TextSpan) -> String { String(String.UnicodeScalarView(text[span.start..<span.end])) }
        for relation in Self.annotated.relations {
            let evidence = relation.evidence
            let sentence = Self.annotated.sentences[evidence.sentenceIndex]
            #expect(slice(sentence.span) == evidence.sentenceText)
            #expect(slice(evidence.triggerSpan) == evidence.trigger)
            for span in [evidence.subjectSpan, evidence.triggerSpan, evidence.objectSpan] {
                #expect(sentence.span.start <= span.start && span.end <= sentence.span.end)
            }
        }
        let modulate = Self.annotated.relations.first { $0.evidence.trigger == "influencing" }
        #expect(modulate.map { slice($0.evidence.subjectSpan) } == "Its")
    }
}
