import LitGraphEvaluation
import LitGraphModel
import Testing

@Suite("Relation evaluation at the entity-pair level")
struct RelationEvaluationTests {
    typealias F = RelationFixtures

    static let entities = [F.lithium, F.aspirin, F.heartFailure, F.fever, F.oxtr, F.esr1]

    static func report(
        _ relations: [DocumentRelation], _ predicted: [ExtractedRelation], entities: [Entity] = entities
    ) -> RelationReport {
        RelationEvaluation.evaluate([(F.gold(relations, entities: entities), F.predicted(predicted))])
    }

    @Test("a pair counts once per document, in either direction and whatever its predicate")
    func pairsCountOnceUnordered() throws {
        let report = Self.report(
            [F.line("Positive_Correlation", F.lithium, F.heartFailure), F.line("Association", F.oxtr, F.lithium)],
            [
                F.relation(F.lithium, .positive, F.heartFailure),
                F.relation(F.heartFailure, .unknown, F.lithium, predicate: .associatedWith),
                F.relation(F.lithium, .negative, F.heartFailure),
                F.relation(F.aspirin, .positive, F.fever),
                F.relation(F.fever, .positive, F.aspirin),
            ])
        let pairs = try #require(report.row(.pair, "all"))
        #expect(pairs.counts == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(pairs.precision == 0.5 && pairs.recall == 0.5 && pairs.f1 == 0.5)
        #expect(report.documentCount == 1)
    }

    @Test("the same pair in two documents counts twice")
    func pairsAreCountedPerDocument() {
        let line = F.line("Association", F.lithium, F.oxtr)
        let report = RelationEvaluation.evaluate([
            (F.gold([line], entities: Self.entities, id: "1"), F.predicted([F.relation(F.oxtr, .unknown, F.lithium)])),
            (F.gold([line], entities: Self.entities, id: "2"), F.predicted([])),
        ])
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
        #expect(report.documentCount == 2)
    }

    @Test("composite gold identifiers give one pair per part; prefixes and case do not matter")
    func compositeIdentifiers() {
        let composite = DocumentRelation(type: "Association", firstID: "D004409,D006948", secondID: "5021")
        #expect(EntityPair.pairs("D004409,D006948", "NCBIGene:5021").count == 2)
        #expect(EntityPair.pairs("mesh:d004409", "MESH:D004409").isEmpty)
        let dyskinesia = Entity(id: "mesh:d004409", name: "dyskinesia", category: .disease)
        let report = Self.report(
            [composite], [F.relation(F.oxtr, .unknown, dyskinesia)], entities: [F.oxtr, dyskinesia])
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
    }

    @Test("negated evidence predicts no pair; a non-negated mention of the same pair still does")
    func negatedEvidenceIsIgnored() {
        let gold = [F.line("Negative_Correlation", F.aspirin, F.fever), F.line("Association", F.oxtr, F.esr1)]
        let report = Self.report(
            gold,
            [
                F.relation(F.aspirin, .negative, F.fever, negated: true),
                F.relation(F.lithium, .positive, F.heartFailure, negated: true),
                F.relation(F.oxtr, .unknown, F.esr1, negated: true),
                F.relation(F.esr1, .unknown, F.oxtr),
            ])
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
        #expect(report.row(.pair, "Negative_Correlation")?.counts == MatchCounts(falseNegatives: 1))
        #expect(report.row(.polarity, "all")?.counts == MatchCounts())
    }

    @Test("polarity: the majority sign must meet the gold type; no sign or a tie counts as wrong")
    func polarityAccuracy() throws {
        let report = Self.report(
            [
                F.line("Positive_Correlation", F.lithium, F.heartFailure),
                F.line("Negative_Correlation", F.aspirin, F.fever),
                F.line("Positive_Correlation", F.oxtr, F.esr1),
                F.line("Negative_Correlation", F.lithium, F.oxtr),
                F.line("Association", F.aspirin, F.esr1),
            ],
            [
                F.relation(F.lithium, .positive, F.heartFailure),
                F.relation(F.heartFailure, .negative, F.lithium, negated: true),  // negated: no vote
                F.relation(F.aspirin, .positive, F.fever),  // opposite sign
                F.relation(F.oxtr, .unknown, F.esr1),  // no sign
                F.relation(F.lithium, .positive, F.oxtr),  // tie: unknown
                F.relation(F.oxtr, .negative, F.lithium),
                F.relation(F.esr1, .positive, F.aspirin),  // Association: not judged on sign
            ])
        #expect(
            report.row(.polarity, "Positive_Correlation")?.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
        #expect(
            report.row(.polarity, "Negative_Correlation")?.counts == MatchCounts(falsePositives: 1, falseNegatives: 1))
        let all = try #require(report.row(.polarity, "all"))
        #expect(all.counts == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 2))
        #expect(all.accuracy == 0.25)
        #expect(all.precision == nil && all.recall == nil && all.f1 == nil)
    }

    @Test("a corpus without signed types has no polarity rows")
    func noPolarityRowsWithoutSignedTypes() {
        let report = Self.report([F.line("CID", F.lithium, F.heartFailure)], [])
        #expect(report.rows.allSatisfy { $0.measure == .pair })
    }

    @Test("per-type rows give recall only; the pair row counts every gold pair once")
    func perTypeRecall() throws {
        let report = Self.report(
            [
                F.line("Association", F.oxtr, F.esr1), F.line("Association", F.lithium, F.oxtr),
                F.line("Bind", F.lithium, F.esr1), F.line("Zeta_Type", F.aspirin, F.oxtr),
            ],
            [F.relation(F.esr1, .unknown, F.oxtr), F.relation(F.lithium, .unknown, F.esr1)])
        #expect(report.rows.map(\.type) == ["all", "Association", "Bind", "Zeta_Type"])
        let association = try #require(report.row(.pair, "Association"))
        #expect(association.counts == MatchCounts(truePositives: 1, falseNegatives: 1))
        #expect(association.recall == 0.5 && association.precision == nil && association.f1 == nil)
        #expect(report.row(.pair, "Bind")?.recall == 1)
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 2, falseNegatives: 2))
    }

    @Test("CID is scored over chemical–disease predictions only, with precision and F1")
    func chemicalInducedDisease() throws {
        let report = Self.report(
            [F.line("CID", F.lithium, F.heartFailure), F.line("CID", F.aspirin, F.heartFailure)],
            [
                F.relation(F.heartFailure, .unknown, F.lithium),  // found
                F.relation(F.lithium, .positive, F.fever),  // phenotype counts as disease: CID fp
                F.relation(F.lithium, .unknown, F.aspirin),  // chemical–chemical: overall fp only
            ],
            entities: [F.lithium, F.aspirin, F.heartFailure])
        let cid = try #require(report.row(.pair, "CID"))
        #expect(cid.counts == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(cid.precision == 0.5 && cid.f1 == 0.5)
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 1))
    }

    @Test("pairs the corpus cannot judge (ungrounded, or an unannotated type) are counted apart")
    func unjudgedPairs() {
        let report = Self.report(
            [F.line("Association", F.oxtr, F.lithium)],
            [
                F.relation(F.oxtr, .unknown, F.measures),
                F.relation(F.measures, .unknown, F.oxtr),
                F.relation(F.heart, .unknown, F.lithium),
                F.relation(F.heart, .unknown, F.oxtr),
                F.relation(F.esr1, .unknown, F.oxtr),
            ])
        #expect(report.row(.pair, "all")?.counts == MatchCounts(falsePositives: 1, falseNegatives: 1))
        #expect(report.unjudgedPairCount == 3)
    }

    @Test("a gold pair found counts whatever type the tool gave its entities")
    func typesDoNotMatterForFoundPairs() {
        let heartAsAnatomy = Entity(id: F.heartFailure.id, name: "heart failure", category: .anatomy)
        let report = Self.report(
            [F.line("Association", F.lithium, F.heartFailure)], [F.relation(F.lithium, .unknown, heartAsAnatomy)])
        #expect(report.row(.pair, "all")?.counts == MatchCounts(truePositives: 1))
        #expect(report.unjudgedPairCount == 0)
    }
}
