public import LitGraphModel

/// Measures a tool's entity recognition against gold annotations, one document at a time.
///
/// Add each (gold, predicted) pair with ``add(gold:predicted:)``, then ask for the ``report()``.
/// Memory holds only counts per level and type, so a corpus of any size can be streamed through.
///
/// Definitions (all items are distinct: a concept named five times in a document is one document
/// item; two predictions on the same span with the same identifier are one mention item):
/// - **document**: items are (document, type, identifier). Gold items come from every gold mention
///   with an identifier, one per part of a composite identifier; predicted items from every
///   predicted mention. An ungrounded prediction (`LITGRAPH:` id) is an item that matches nothing.
/// - **mention**: items are (document, type, span, identifier), same rules.
/// - **boundary**: items are (document, type, span), identifiers ignored; every gold mention and
///   every predicted mention, grounded or not, counts.
///
/// Types come from the ``EntityTypeMapping``, so an item matches only when the types agree too.
/// tp = |gold ∩ predicted|, fp = |predicted − gold|, fn = |gold − predicted|, computed per document
/// and summed. Gold mentions without an identifier (`-`, `-1`, empty) are left out of the document
/// and mention levels; a prediction at such a span still counts (as a false positive).
public struct NEREvaluation: Sendable {
    /// How categories map to evaluation types.
    public let mapping: EntityTypeMapping
    /// How many documents have been added.
    public private(set) var documentCount = 0
    private var counts: [NERLevel: [String: MatchCounts]] = [:]
    private var goldTypes = Set<String>()

    /// Creates an empty evaluation comparing types through `mapping`.
    public init(mapping: EntityTypeMapping = .standard) {
        self.mapping = mapping
    }

    /// Compares one document's gold annotations (`gold.annotations`) with the tool's mentions.
    ///
    /// The pair is taken to be the same document; the gold document's identifier is used.
    public mutating func add(gold: Document, predicted: AnnotatedDocument) {
        documentCount += 1
        for mention in gold.annotations { goldTypes.insert(mapping.type(of: mention.entity.category)) }
        for level in NERLevel.allCases {
            let goldItems = items(gold.annotations, level: level, isGold: true)
            let predictedItems = items(predicted.mentions, level: level, isGold: false)
            var levelCounts = counts[level, default: [:]]
            for item in goldItems.union(predictedItems) {
                let inGold = goldItems.contains(item)
                let inPrediction = predictedItems.contains(item)
                levelCounts[item.type, default: MatchCounts()] += MatchCounts(
                    truePositives: inGold && inPrediction ? 1 : 0,
                    falsePositives: !inGold && inPrediction ? 1 : 0,
                    falseNegatives: inGold && !inPrediction ? 1 : 0
                )
            }
            counts[level] = levelCounts
        }
    }

    /// The figures so far: for each level, one row per type seen in the gold standard or the
    /// predictions, then the overall row.
    ///
    /// The overall row (type ``NERReport/overallType``) micro-averages the types the gold standard
    /// annotates: a corpus without, say, anatomy annotations cannot judge anatomy predictions, so
    /// those are listed in their own row but left out of the overall figures.
    public func report() -> NERReport {
        var rows: [NERReport.Row] = []
        for level in NERLevel.allCases {
            let byType = counts[level] ?? [:]
            let types = Set(byType.keys).union(goldTypes).sorted {
                EntityTypeMapping.sortKey($0) < EntityTypeMapping.sortKey($1)
            }
            var overall = MatchCounts()
            for type in types {
                let typeCounts = byType[type] ?? MatchCounts()
                rows.append(NERReport.Row(level: level, type: type, counts: typeCounts))
                if goldTypes.contains(type) { overall += typeCounts }
            }
            rows.append(NERReport.Row(level: level, type: NERReport.overallType, counts: overall))
        }
        return NERReport(documentCount: documentCount, rows: rows)
    }

    /// Evaluates every pair at once.
    public static func evaluate(
        _ pairs: [(gold: Document, predicted: AnnotatedDocument)], mapping: EntityTypeMapping = .standard
    ) -> NERReport {
        var evaluation = NEREvaluation(mapping: mapping)
        for pair in pairs { evaluation.add(gold: pair.gold, predicted: pair.predicted) }
        return evaluation.report()
    }

    /// One unit compared at a level, within one document.
    private struct Item: Hashable {
        let type: String
        let span: TextSpan?
        let identifier: String?
        /// False for an ungrounded prediction, which must never equal a gold item.
        let isGrounded: Bool
    }

    /// The distinct items `mentions` give at `level`.
    private func items(_ mentions: [Mention], level: NERLevel, isGold: Bool) -> Set<Item> {
        var result = Set<Item>()
        for mention in mentions {
            let type = mapping.type(of: mention.entity.category)
            let span = level == .document ? nil : mention.span
            if level == .boundary {
                result.insert(Item(type: type, span: span, identifier: nil, isGrounded: true))
            } else if !isGold && !mention.entity.isGrounded {
                result.insert(Item(type: type, span: span, identifier: mention.entity.id, isGrounded: false))
            } else {
                for identifier in EvaluationIdentifier.normalized(mention.entity.id) {
                    result.insert(Item(type: type, span: span, identifier: identifier, isGrounded: true))
                }
            }
        }
        return result
    }
}
