import LitGraphModel

extension RelationEvaluation {
    /// The evaluation types of a pair's two entities, in the pair's identifier order.
    struct TypePair: Sendable, Hashable {
        let first: String
        let second: String

        /// Whether the pair joins a chemical and a disease, in either order.
        var isChemicalDisease: Bool {
            (first == "chemical" && second == "disease") || (first == "disease" && second == "chemical")
        }
    }

    /// What the tool predicted about one pair in one document.
    struct Prediction: Sendable {
        /// The evaluation types of the pair's entities (as first predicted).
        var types: TypePair
        /// Non-negated relations with a positive polarity.
        var positive = 0
        /// Non-negated relations with a negative polarity.
        var negative = 0

        /// The majority sign; unknown on a tie or when no relation had a sign.
        var polarity: Polarity {
            positive > negative ? .positive : negative > positive ? .negative : .unknown
        }
    }

    /// Each gold pair of a document with the relation types the corpus gives it.
    static func goldPairs(_ relations: [DocumentRelation]) -> [EntityPair: Set<String>] {
        var result: [EntityPair: Set<String>] = [:]
        for relation in relations {
            for pair in EntityPair.pairs(relation.firstID, relation.secondID) {
                result[pair, default: []].insert(relation.type)
            }
        }
        return result
    }

    /// The grounded pairs a document's non-negated relations predict; counts the ungrounded ones.
    mutating func predictedPairs(_ relations: [ExtractedRelation]) -> [EntityPair: Prediction] {
        var result: [EntityPair: Prediction] = [:]
        var ungrounded = Set<[String]>()
        for extracted in relations where !extracted.evidence.isNegated {
            let subject = extracted.relation.subject
            let object = extracted.relation.object
            guard subject.isGrounded, object.isGrounded else {
                if subject.id != object.id { ungrounded.insert([subject.id, object.id].sorted()) }
                continue
            }
            let subjectIDs = Set(EvaluationIdentifier.normalized(subject.id))
            for pair in EntityPair.pairs(subject.id, object.id) {
                let subjectFirst = subjectIDs.contains(pair.first)
                let (firstType, secondType) = (
                    mapping.type(of: subjectFirst ? subject.category : object.category),
                    mapping.type(of: subjectFirst ? object.category : subject.category)
                )
                var prediction = result[pair] ?? Prediction(types: TypePair(first: firstType, second: secondType))
                switch extracted.relation.polarity {
                case .positive: prediction.positive += 1
                case .negative: prediction.negative += 1
                case .unknown: break
                }
                result[pair] = prediction
            }
        }
        ungroundedPairs += ungrounded.count
        return result
    }

    /// Counts the sign of a found pair whose gold types include exactly one signed type.
    mutating func judgeSign(_ prediction: Prediction, goldTypes: Set<String>) {
        let signed = goldTypes.filter { Self.signedTypes[$0] != nil }
        guard signed.count == 1, let type = signed.first, let expected = Self.signedTypes[type] else { return }
        let predicted = prediction.polarity
        polarity[type, default: MatchCounts()] += MatchCounts(
            truePositives: predicted == expected ? 1 : 0,
            falsePositives: predicted != expected && predicted != .unknown ? 1 : 0,
            falseNegatives: predicted == .unknown ? 1 : 0)
    }

    /// Counts CID pairs against the predicted chemical–disease pairs of one document; a pair whose
    /// predicted sign is negative (the chemical lowers or treats the disease) claims no induction.
    mutating func countChemicalDisease(gold: [EntityPair: Set<String>], predicted: [EntityPair: Prediction]) {
        let goldCID = Set(gold.filter { $0.value.contains(Self.chemicalInducedDisease) }.keys)
        let predictedCID = Set(
            predicted.filter { $0.value.types.isChemicalDisease && $0.value.polarity != .negative }.keys)
        chemicalDisease += MatchCounts(
            truePositives: goldCID.intersection(predictedCID).count,
            falsePositives: predictedCID.subtracting(goldCID).count,
            falseNegatives: goldCID.subtracting(predictedCID).count)
    }
}
