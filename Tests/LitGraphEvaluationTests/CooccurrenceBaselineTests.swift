import LitGraphEvaluation
import LitGraphModel
import Testing

@Suite("Co-occurrence baseline")
struct CooccurrenceBaselineTests {
    typealias F = RelationFixtures

    // "Lithium and aspirin. Lithium raised OXTR, ESR1 and OXTR. Fever."
    //  0       8   12     19 21     29     36   40   46  50   55  59
    static let sentences = [
        Sentence(index: 0, span: TextSpan(start: 0, end: 20), text: "Lithium and aspirin."),
        Sentence(index: 1, span: TextSpan(start: 21, end: 59), text: "Lithium raised OXTR, ESR1 and OXTR."),
        Sentence(index: 2, span: TextSpan(start: 60, end: 66), text: "Fever."),
    ]

    static func mention(_ entity: Entity, _ start: Int, _ length: Int) -> Mention {
        Mention(entity: entity, span: TextSpan(start: start, end: start + length), text: entity.name)
    }

    static let document = AnnotatedDocument(
        document: Document(
            id: "7", title: "Lithium and aspirin.", abstract: "Lithium raised OXTR, ESR1 and OXTR. Fever."),
        sentences: sentences,
        mentions: [
            mention(F.lithium, 0, 7), mention(F.aspirin, 12, 7),
            mention(F.lithium, 21, 7), mention(F.oxtr, 36, 4), mention(F.esr1, 42, 4), mention(F.oxtr, 51, 4),
            mention(F.measures, 29, 6), mention(F.fever, 60, 5),
        ],
        relations: [F.relation(F.aspirin, .positive, F.fever)])

    @Test("every pair of distinct grounded entities in one sentence, once, in text order")
    func pairsPerSentence() {
        let predicted = CooccurrenceBaseline().predictions(for: Self.document)
        let pairs = predicted.relations.map { "\($0.relation.subject.name) – \($0.relation.object.name)" }
        #expect(pairs == ["lithium – aspirin", "lithium – OXTR", "lithium – ESR1", "OXTR – ESR1"])
        #expect(predicted.relations.allSatisfy { $0.relation.polarity == .unknown && !$0.evidence.isNegated })
        #expect(predicted.relations.allSatisfy { $0.evidence.rule == CooccurrenceBaseline.rule })
        #expect(predicted.relations.map(\.evidence.sentenceIndex) == [0, 1, 1, 1])
        #expect(predicted.mentions == Self.document.mentions)
    }

    @Test("the baseline replaces the extractor's relations; none keeps them")
    func baselineChoice() {
        #expect(RelationBaseline.none.predictions(for: Self.document) == Self.document)
        #expect(RelationBaseline.cooccurrence.predictions(for: Self.document).relations.count == 4)
    }

    @Test("its pairs go through the same scorer")
    func scored() {
        let gold = F.gold(
            [F.line("Association", F.lithium, F.oxtr), F.line("Association", F.aspirin, F.fever)],
            entities: [F.lithium, F.aspirin, F.fever, F.oxtr])
        let report = RelationEvaluation.evaluate([(gold, CooccurrenceBaseline().predictions(for: Self.document))])
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 1, falsePositives: 3, falseNegatives: 1))
    }
}
