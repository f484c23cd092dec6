/// A table of results, printable as an aligned table, TSV, CSV, JSON or JSON Lines.
///
/// Every query command builds one `Report` and prints it with ``rendered(as:style:)``; the same
/// report gives the same bytes in every format.
public struct Report: Sendable, Equatable {
    /// One cell: text, a whole number, a flag, a number or a list, kept typed for JSON.
    public enum Value: Sendable, Equatable {
        /// Text.
        case text(String)
        /// A whole number.
        case int(Int)
        /// A flag (`yes`/`no` in tables, TSV and CSV; `true`/`false` in JSON).
        case bool(Bool)
        /// A number with a fraction, printed rounded to four decimals.
        case number(Double)
        /// A value that is not known (empty in tables, TSV and CSV, `null` in JSON).
        case missing
        /// A list of texts: joined with `|` in tables, TSV and CSV, a JSON array in JSON.
        case list([String])
        /// Text with marked stretches: brackets or colour in tables, the plain text elsewhere.
        case marked(String, [TextMark])

        /// The value as one plain string (tables, TSV and CSV before escaping).
        var plain: String {
            switch self {
            case .text(let text): text
            case .int(let number): String(number)
            case .bool(let flag): flag ? "yes" : "no"
            case .number(let number): String(Self.rounded(number))
            case .missing: ""
            case .list(let items): items.joined(separator: "|")
            case .marked(let text, _): text
            }
        }

        /// `number` rounded to four decimals.
        static func rounded(_ number: Double) -> Double {
            (number * 10_000).rounded() / 10_000
        }
    }

    /// The column names, also the JSON keys.
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[Value]]
    /// Whether the report is one record (printed as a JSON object rather than an array).
    public var isSingleRecord = false
    /// Columns holding a sign (`positive`, `negative`…), coloured green and red in coloured tables.
    public var signColumns: Set<String> = []
    /// Columns left out of the table format: offsets and full texts that the table shows as marks.
    public var machineOnlyColumns: Set<String> = []

    /// Creates a report.
    public init(
        columns: [String], rows: [[Value]], isSingleRecord: Bool = false, signColumns: Set<String> = [],
        machineOnlyColumns: Set<String> = []
    ) {
        self.columns = columns
        self.rows = rows
        self.isSingleRecord = isSingleRecord
        self.signColumns = signColumns
        self.machineOnlyColumns = machineOnlyColumns
    }

    /// Whether the report has no rows (what `--exit-status` turns into exit status 1).
    public var isEmpty: Bool { rows.isEmpty }

    /// The report as text in `format`, ending with a newline; a format with nothing to print
    /// (JSON Lines without rows, a table or TSV without rows or header) is empty.
    public func rendered(as format: ReportFormat, style: ReportStyle = .plain) -> String {
        switch format {
        case .table: renderedTable(style: style)
        case .tsv: renderedDelimited(separator: "\t", lineEnd: "\n", escape: Self.escapedTSV, style: style)
        case .csv: renderedDelimited(separator: ",", lineEnd: "\r\n", escape: Self.escapedCSV, style: style)
        case .json: renderedJSON()
        case .jsonl: renderedJSONLines()
        }
    }
}
