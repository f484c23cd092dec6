import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphExtraction

/// Extraction scores candidate pairs as their features are written (``RelationModel/Score``); the
/// scores must be, to the last bit, what the model computes from the features' names.
@Suite struct PairScoringTests {
    /// For every candidate pair of `document`: the probabilities and rule flag from the names, and
    /// from the score.
    ///
    /// The class and confidence are also compared: from the names, and from the score (which
    /// computes them without the probabilities' array).
    static func bothWays(_ document: Document, model: RelationModel) -> [(
        names: [Double], scored: [Double], rule: Bool, scoredRule: Bool
    )] {
        var unmeasured: ExtractionTimings? = nil
        let candidates = modelExtractor.analysed(document, measuring: &unmeasured)
            .pairCandidates(triggers: TriggerLexicon.builtIn)
        var scored: [(probabilities: [Double], rule: Bool, classified: (pairClass: PairClass, confidence: Double))] =
            []
        candidates.forEachCandidate({ RelationModel.Score(model) }) { _, _, _, score in
            scored.append((RelationModel.softmax(score.scores), score.hasRule, model.classify(score)))
        }
        let named = candidates.candidates()
        #expect(named.count == scored.count)
        for (candidate, score) in zip(named, scored) {
            let classified = model.classify(candidate.features)
            #expect(classified.pairClass == score.classified.pairClass)
            #expect(classified.confidence == score.classified.confidence)
        }
        return zip(named, scored).map { candidate, score in
            (
                model.probabilities(candidate.features), score.probabilities, candidate.features.contains("rule"),
                score.rule
            )
        }
    }

    @Test func featureKeysHashAsTheirNames() {
        let names = FeatureKey.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        for key in FeatureKey.allCases {
            #expect(key.hash == FeatureHash(key.name))
            for types in [FeatureTypes.of(.chemical, .disease), FeatureTypes.of(.geneOrProtein, .geneOrProtein)] {
                #expect(types.conjoinedKeys[key.rawValue] == FeatureHash(types.name + "&" + key.name))
                #expect(types.nameHash == FeatureHash(types.name))
            }
        }
        #expect(FeatureTypes.of(.disease, .chemical).name == "t=chemical|disease")
    }

    @Test func effectNamesAreTheCaseNames() {
        for effect in TriggerSense.Effect.allCases { #expect(effect.name == String(describing: effect)) }
    }

    @Test func examplePairsScoreTheSameEitherWay() {
        let document = Document(
            id: "1", title: "Tamoxifen and BRCA1 in breast cancer",
            abstract: "Tamoxifen reduced breast cancer risk in BRCA1 carriers. TP53, RB1 and BRAF were mutated in "
                + "glioma; cisplatin induced nephrotoxicity, and Ca2+ rose in IL-6 treated cells.")
        let pairs = Self.bothWays(document, model: modelExtractor.relationModel)
        #expect(pairs.count > 5)
        for pair in pairs {
            #expect(pair.names == pair.scored)
            #expect(pair.rule == pair.scoredRule)
        }
    }

    @Test func aModelWithNonASCIIFeaturesIsLookedUpByName() {
        let model = RelationModel(
            weights: ["bias": [0, 0.5, 0.25, 0], "bw=café": [0, 2, 0, 1], "pre=cafe\u{301}": [0, 0, 3, 0]],
            threshold: 0.2)
        let document = Document(id: "2", title: "", abstract: "Cisplatin and café raised nephrotoxicity with café.")
        for pair in Self.bothWays(document, model: model) { #expect(pair.names == pair.scored) }
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func corpusPairsScoreTheSameEitherWay() throws {
        var pairs = 0
        let documents = try VariantTrainingCorpusTests.documents(PackagePaths.shared("corpora/biored/Dev.PubTator"))
        for (number, document) in documents.enumerated() {
            let title = document.text.prefix { $0 != "." }
            let text = Document(
                id: String(number), title: String(title), abstract: String(document.text.dropFirst(title.count + 1)))
            for pair in Self.bothWays(text, model: modelExtractor.relationModel) {
                pairs += 1
                #expect(pair.names == pair.scored)
                #expect(pair.rule == pair.scoredRule)
            }
        }
        #expect(pairs > 1000)
    }
}
