public import LitGraphModel

/// Measures a tool's relations against a corpus's document-level relations, one document at a time.
///
/// Add each (gold, predicted) pair with ``add(gold:predicted:)``, then ask for the ``report()``.
/// Memory holds only counts, so a corpus of any size can be streamed through.
///
/// Definitions (BioRED's "entity pair" level):
/// - A **pair** is an unordered pair of distinct identifiers in one document (``EntityPair``),
///   normalised like ``EvaluationIdentifier`` (prefixes and case ignored, composites split into one
///   pair per part). It counts once per document, whatever its relation type, direction or number
///   of mentions.
/// - **Gold pairs** come from `Document.annotatedRelations`. **Predicted pairs** come from
///   `AnnotatedDocument.relations`: subject and object, whatever the predicate. Negated evidence
///   never predicts a pair; hedged evidence does.
/// - A predicted pair with an ungrounded entity (`LITGRAPH:`), or an entity whose type (through the
///   ``EntityTypeMapping``) the gold annotations of the corpus never use, cannot be judged by the
///   corpus: it is left out and counted in ``RelationReport/unjudgedPairCount``. A gold pair found
///   is a true positive whatever the types the tool gave its entities.
/// - **Per relation type**: the recall of the gold pairs of that type (a pair with two gold types
///   counts in both). Predictions carry no corpus type, so precision and F1 are not defined, except
///   for **CID** (BC5CDR's chemical-induced disease): there the predictions are the pairs of a
///   chemical and a disease, all of which CID claims to cover, so tp, fp, fn, precision and F1 are
///   all counted over them.
/// - **Polarity**: for each found pair labelled Positive_Correlation or Negative_Correlation (not
///   both), the predicted sign is the majority of the polarities of its non-negated relations;
///   positive must meet Positive_Correlation and negative Negative_Correlation. A tie or no sign
///   (unknown) counts as wrong.
public struct RelationEvaluation: Sendable {
    /// The relation types reports list first, in this order; other types follow by name.
    public static let knownRelationTypes = [
        "Association", "Positive_Correlation", "Negative_Correlation", "Bind", "Cotreatment", "Comparison",
        "Drug_Interaction", "Conversion", chemicalInducedDisease,
    ]
    /// BC5CDR's chemical-induced disease type, scored over chemical–disease predictions.
    public static let chemicalInducedDisease = "CID"
    /// The gold types whose pairs polarity is judged on, with the sign each one means.
    public static let signedTypes: [String: Polarity] = [
        "Positive_Correlation": .positive, "Negative_Correlation": .negative,
    ]

    /// How categories map to evaluation types (to tell which pairs the corpus can judge).
    public let mapping: EntityTypeMapping
    /// How many documents have been added.
    public private(set) var documentCount = 0
    private var goldEntityTypes = Set<String>()
    private var pairsFound = 0
    private var pairsMissed = 0
    private var unmatched: [TypePair: Int] = [:]
    var ungroundedPairs = 0
    private var byRelationType: [String: MatchCounts] = [:]
    var chemicalDisease = MatchCounts()
    var polarity: [String: MatchCounts] = [:]

    /// Creates an empty evaluation comparing entity types through `mapping`.
    public init(mapping: EntityTypeMapping = .standard) {
        self.mapping = mapping
    }

    /// Compares one document's gold relations (`gold.annotatedRelations`, with the entity types of
    /// `gold.annotations`) with the tool's relations.
    ///
    /// The pair is taken to be the same document.
    public mutating func add(gold: Document, predicted: AnnotatedDocument) {
        documentCount += 1
        for mention in gold.annotations { goldEntityTypes.insert(mapping.type(of: mention.entity.category)) }
        let goldPairs = Self.goldPairs(gold.annotatedRelations)
        let predictions = predictedPairs(predicted.relations)
        for (pair, types) in goldPairs {
            let prediction = predictions[pair]
            if prediction == nil { pairsMissed += 1 } else { pairsFound += 1 }
            for type in types {
                byRelationType[type, default: MatchCounts()] += MatchCounts(
                    truePositives: prediction == nil ? 0 : 1, falseNegatives: prediction == nil ? 1 : 0)
            }
            if let prediction { judgeSign(prediction, goldTypes: types) }
        }
        for (pair, prediction) in predictions where goldPairs[pair] == nil {
            unmatched[prediction.types, default: 0] += 1
        }
        countChemicalDisease(gold: goldPairs, predicted: predictions)
    }

    /// The figures so far: the overall pair row, one pair row per gold relation type, then the
    /// polarity rows (Positive_Correlation, Negative_Correlation, all) when the corpus has such types.
    public func report() -> RelationReport {
        var falsePositives = 0
        var unjudged = ungroundedPairs
        for (types, count) in unmatched {
            if goldEntityTypes.contains(types.first) && goldEntityTypes.contains(types.second) {
                falsePositives += count
            } else {
                unjudged += count
            }
        }
        let overall = MatchCounts(
            truePositives: pairsFound, falsePositives: falsePositives, falseNegatives: pairsMissed)
        var rows = [
            RelationReport.Row(
                measure: .pair, type: RelationReport.overallType, counts: overall, countsFalsePositives: true)
        ]
        for type in Self.ordered(byRelationType.keys) {
            let isCID = type == Self.chemicalInducedDisease
            let counts = isCID ? chemicalDisease : byRelationType[type] ?? MatchCounts()
            rows.append(RelationReport.Row(measure: .pair, type: type, counts: counts, countsFalsePositives: isCID))
        }
        if !polarity.isEmpty || byRelationType.keys.contains(where: { Self.signedTypes[$0] != nil }) {
            var all = MatchCounts()
            for type in Self.ordered(Self.signedTypes.keys) {
                let counts = polarity[type] ?? MatchCounts()
                all += counts
                rows.append(
                    RelationReport.Row(measure: .polarity, type: type, counts: counts, countsFalsePositives: true))
            }
            rows.append(
                RelationReport.Row(
                    measure: .polarity, type: RelationReport.overallType, counts: all, countsFalsePositives: true))
        }
        return RelationReport(documentCount: documentCount, unjudgedPairCount: unjudged, rows: rows)
    }

    /// Evaluates every pair at once.
    public static func evaluate(
        _ pairs: [(gold: Document, predicted: AnnotatedDocument)], mapping: EntityTypeMapping = .standard
    ) -> RelationReport {
        var evaluation = RelationEvaluation(mapping: mapping)
        for pair in pairs { evaluation.add(gold: pair.gold, predicted: pair.predicted) }
        return evaluation.report()
    }

    /// `types` in report order: the known relation types first, then the others by name.
    static func ordered(_ types: some Sequence<String>) -> [String] {
        types.sorted { left, right in
            let known = knownRelationTypes
            let leftKey = (known.firstIndex(of: left) ?? known.count, left)
            let rightKey = (known.firstIndex(of: right) ?? known.count, right)
            return leftKey < rightKey
        }
    }
}
