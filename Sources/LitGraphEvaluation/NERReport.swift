/// The figures of an entity-recognition evaluation: one row per level and type.
///
/// Render it with ``renderedTable()`` or ``renderedJSON()``; both are deterministic.
public struct NERReport: Sendable, Hashable {
    /// One line of the report.
    public struct Row: Sendable, Hashable {
        /// What is counted.
        public var level: NERLevel
        /// The evaluation type (``EntityTypeMapping``), or ``NERReport/overallType``.
        public var type: String
        /// The counts, from which precision, recall and F1 follow.
        public var counts: MatchCounts

        /// Creates a row.
        public init(level: NERLevel, type: String, counts: MatchCounts) {
            self.level = level
            self.type = type
            self.counts = counts
        }
    }

    /// The type name of each level's overall (micro-averaged) row.
    public static let overallType = "all"

    /// The column names, in order; also the JSON keys of each row.
    public static let columns = ["level", "type", "tp", "fp", "fn", "precision", "recall", "f1"]

    /// How many documents were compared.
    public var documentCount: Int
    /// The rows: levels in ``NERLevel`` order, within a level chemical, disease, gene, the other
    /// types by name, then the overall row.
    public var rows: [Row]

    /// Creates a report.
    public init(documentCount: Int, rows: [Row]) {
        self.documentCount = documentCount
        self.rows = rows
    }

    /// The row for `type` at `level`, if the report has one.
    public func row(_ level: NERLevel, _ type: String) -> Row? {
        rows.first { $0.level == level && $0.type == type }
    }
}
