import LitGraphExtraction
import LitGraphModel
import Testing

/// The trained relation model: candidate pairs, features, classification, training and the file form.
@Suite struct RelationModelTests {
    /// A model that relates every chemical–disease pair positively and nothing else.
    static let chemicalDisease = RelationModel(
        weights: ["bias": [1, 0, 0, 0], "t=chemical|disease": [0, 0, 6, 0]], threshold: 0.5)

    static func relations(_ extractor: Extractor, title: String = "", _ abstract: String) -> [ExtractedRelation] {
        extractor.annotate(Document(id: "1", title: title, abstract: abstract)).relations
    }

    @Test func aPairTheRulesLeaveUnrelatedGetsAModelRelation() throws {
        let found = Self.relations(sharedExtractor.using(Self.chemicalDisease), "Aspirin was given in asthma.")
        #expect(
            found.map { "\($0.relation.subject.name) \($0.relation.predicate.rawValue) \($0.relation.object.name)" }
                == [
                    "aspirin associated_with Asthma"
                ])
        #expect(found.first?.relation.polarity == .positive)
        let evidence = try #require(found.first?.evidence)
        #expect(evidence.rule == Extractor.modelRules.sentence)
        #expect(evidence.sentenceText == "Aspirin was given in asthma.")
        #expect(try #require(evidence.confidence) > 0.9)
    }

    @Test func aPairTheRulesRelatedKeepsOnlyTheRuleRelation() {
        let found = Self.relations(sharedExtractor.using(Self.chemicalDisease), "Aspirin reduced asthma.")
        #expect(found.map(\.evidence.rule) != [Extractor.modelRules.sentence])
        #expect(!found.contains { $0.evidence.rule.hasPrefix("pair-model") })
        #expect(found.count == 1)
    }

    @Test func theTitleRelatesItsTopicToTheAbstract() throws {
        let found = Self.relations(
            sharedExtractor.using(Self.chemicalDisease), title: "Aspirin.", "Asthma was studied in adults.")
        let relation = try #require(found.first)
        #expect(relation.relation.subject.name == "aspirin")
        #expect(relation.evidence.rule == Extractor.modelRules.title)
        #expect(relation.evidence.sentenceText == "Asthma was studied in adults.")
        #expect(relation.evidence.subjectSpan == TextSpan(start: 0, end: 7), "the subject is named in the title")
    }

    @Test func withoutAModelOnlyRulesRelate() {
        #expect(Self.relations(sharedExtractor, "Aspirin was given in asthma.").isEmpty)
    }

    @Test func candidatesCarryTheirFeatures() throws {
        let document = Document(
            id: "1", title: "Oxytocin in anxiety", abstract: "Serotonin rose. Oxytocin did not reduce cortisol.")
        let candidates = sharedExtractor.pairCandidates(in: document)
        let pairs = candidates.map { "\($0.subject.name)–\($0.object.name)" }
        #expect(pairs.contains("oxytocin–anxiety"))
        #expect(pairs.contains("oxytocin–cortisol"))
        #expect(pairs.contains("serotonin–anxiety"), "a title entity pairs with every entity of the abstract")
        #expect(!pairs.contains("serotonin–cortisol"), "two abstract entities must share a sentence")
        let titled = try #require(candidates.first { $0.subject.name == "oxytocin" && $0.object.name == "anxiety" })
        #expect(titled.features.contains("cooc=1"))
        #expect(titled.features.contains("title=both"))
        let negated = try #require(candidates.first { $0.object.name == "cortisol" })
        #expect(negated.features.contains("negbw"))
        #expect(negated.features.contains("trig=negative"))
        #expect(negated.occurrence.isNegated)
    }

    @Test func theDocumentsFocusPairsAcrossSentences() {
        let document = Document(
            id: "1", title: "A study",
            abstract: "Aspirin was given daily. Aspirin was tolerated. Asthma improved. Cortisol fell.")
        let pairs = sharedExtractor.pairCandidates(in: document).map {
            "\($0.subject.name)–\($0.object.name)".lowercased()
        }
        #expect(pairs.contains("aspirin–asthma"), "the most-named chemical, named twice, pairs with every entity")
        #expect(pairs.contains("aspirin–cortisol"))
        #expect(!pairs.contains("cortisol–asthma"), "entities named once pair only within a sentence")
    }

    @Test(arguments: [
        ("TP53, RB1 and BRAF were mutated in the tumours.", true),
        ("Memantine (10 mg/kg) and ibuprofen (50 mg/kg) were given.", true),
        ("TP53 loss activates BRAF signalling.", false),
    ])
    func membersOfOneEnumerationAreMarked(sentence: String, listed: Bool) throws {
        let document = Document(id: "1", title: "", abstract: sentence)
        let candidate = try #require(sharedExtractor.pairCandidates(in: document).first)
        #expect(candidate.features.contains("list=all") == listed, "\(candidate.features)")
    }

    @Test(arguments: [
        (["Positive_Correlation"], PairClass.positive), (["Negative_Correlation"], .negative), (["CID"], .positive),
        (["Association", "Bind"], .association), (["Positive_Correlation", "Negative_Correlation"], .association),
        (["Association", "Negative_Correlation"], .negative), ([], .none),
    ])
    func goldTypesGiveAClass(types: [String], expected: PairClass) {
        #expect(PairClass(corpusTypes: types) == expected)
    }

    @Test func trainingLearnsASeparableProblemAndIsDeterministic() throws {
        var trainer = RelationModelTrainer()
        let entity = Entity(id: "MESH:D1", name: "x", category: .chemical)
        let sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 1), text: "x")
        let place = PairOccurrence(
            sentence: sentence, subjectSpan: sentence.span, objectSpan: sentence.span, triggerSpan: sentence.span,
            trigger: "", isNegated: false, isHedged: false, crossesSentences: false)
        for round in 0..<20 {
            for (features, label) in [
                (["bias", "up"], PairClass.positive), (["bias", "down"], .negative), (["bias", "far"], .none),
                (["bias", "near"], .association),
            ] {
                let candidate = PairCandidate(
                    subject: entity, object: entity, features: features + ["r\(round)"], occurrence: place)
                trainer.add(candidate, label: label)
            }
        }
        let model = trainer.train(threshold: 0.5)
        #expect(model.classify(["bias", "up"]).pairClass == .positive)
        #expect(model.classify(["bias", "down"]).pairClass == .negative)
        #expect(model.classify(["bias", "far"]).pairClass == .none)
        #expect(model.weights["r3"] != nil, "features seen twice or more are kept")
        #expect(trainer.train(threshold: 0.5).tsv() == model.tsv())
    }

    @Test func theFileFormRoundTrips() throws {
        let text = Self.chemicalDisease.tsv(comment: ["a test"])
        #expect(text.hasPrefix("# a test\nlitgraph-relation-model\t1\t0.50\tnone,association,positive,negative\n"))
        let reloaded = try RelationModel(tsv: text, source: "model.tsv")
        #expect(reloaded.weights == Self.chemicalDisease.weights)
        #expect(reloaded.threshold == 0.5)
        #expect(reloaded.tsv(comment: ["a test"]) == text)
    }

    @Test(arguments: [
        ("bias\t1\t0\t0\t0\n", "model.tsv:1: missing header"),
        ("litgraph-relation-model\t1\t0.5\tnone,association,positive,negative\nbias\t1\t0\n", "model.tsv:2: expected"),
        ("litgraph-relation-model\t2\t0.5\tnone,association,positive,negative\n", "model.tsv:1: missing header"),
        ("litgraph-relation-model\t1\t1.5\tnone,association,positive,negative\n", "model.tsv:1: missing header"),
        ("", "model.tsv: missing header"),
    ])
    func malformedModelsNameTheLineAndTheFix(text: String, fragment: String) {
        #expect {
            _ = try RelationModel(tsv: text, source: "model.tsv")
        } throws: { error in
            let message = String(describing: error)
            return message.contains(fragment) && message.contains("litgraph train relations")
        }
    }

    @Test func theBuiltInModelFindsRelationsTheRulesMiss() {
        let found = Self.relations(
            modelExtractor, title: "Cisplatin nephrotoxicity.",
            "Acute kidney injury developed in 12 patients given cisplatin for lung cancer.")
        #expect(found.contains { $0.relation.subject.name == "cisplatin" && $0.evidence.rule.hasPrefix("pair-model") })
    }
}
