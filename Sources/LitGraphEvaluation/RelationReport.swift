/// The figures of a relation evaluation: entity-pair rows, then polarity rows.
///
/// Render it with ``renderedTable()`` or ``renderedJSON()``; both are deterministic. A figure that
/// is not defined for a row (the precision of a per-type recall row, say) is `nil`: `-` in tables,
/// `null` in JSON.
public struct RelationReport: Sendable, Hashable {
    /// One line of the report.
    public struct Row: Sendable, Hashable {
        /// What is measured.
        public var measure: RelationMeasure
        /// The gold relation type (`Association`, `CID`…) or ``RelationReport/overallType``.
        public var type: String
        /// The counts (see ``RelationMeasure`` for what tp, fp and fn mean in each measure).
        public var counts: MatchCounts
        /// Whether false positives are counted, so that precision and F1 are defined (pair rows only).
        public var countsFalsePositives: Bool

        /// Creates a row.
        public init(measure: RelationMeasure, type: String, counts: MatchCounts, countsFalsePositives: Bool) {
            self.measure = measure
            self.type = type
            self.counts = counts
            self.countsFalsePositives = countsFalsePositives
        }

        /// tp / (tp + fp) for a pair row that counts false positives; `nil` otherwise.
        public var precision: Double? { measure == .pair && countsFalsePositives ? counts.precision : nil }
        /// tp / (tp + fn) for a pair row; `nil` for polarity rows.
        public var recall: Double? { measure == .pair ? counts.recall : nil }
        /// The harmonic mean of precision and recall where both are defined; `nil` otherwise.
        public var f1: Double? { measure == .pair && countsFalsePositives ? counts.f1 : nil }
        /// Right signs over all found labelled pairs, tp / (tp + fp + fn), for a polarity row; `nil`
        /// otherwise (and 0 when there is nothing to judge).
        public var accuracy: Double? {
            guard measure == .polarity else { return nil }
            let total = counts.truePositives + counts.falsePositives + counts.falseNegatives
            return total == 0 ? 0 : Double(counts.truePositives) / Double(total)
        }
    }

    /// The type name of the overall rows.
    public static let overallType = "all"

    /// The column names, in order; also the JSON keys of each row.
    public static let columns = ["measure", "type", "tp", "fp", "fn", "precision", "recall", "f1", "accuracy"]

    /// How many documents were compared.
    public var documentCount: Int
    /// Predicted pairs left out of the scores: an entity ungrounded (`LITGRAPH:`), or of a type the
    /// gold standard does not annotate, so the corpus cannot judge them.
    public var unjudgedPairCount: Int
    /// The rows: pair rows (overall, then per gold type), then polarity rows.
    public var rows: [Row]

    /// Creates a report.
    public init(documentCount: Int, unjudgedPairCount: Int, rows: [Row]) {
        self.documentCount = documentCount
        self.unjudgedPairCount = unjudgedPairCount
        self.rows = rows
    }

    /// The row for `type` under `measure`, if the report has one.
    public func row(_ measure: RelationMeasure, _ type: String) -> Row? {
        rows.first { $0.measure == measure && $0.type == type }
    }
}
