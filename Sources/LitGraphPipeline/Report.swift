import LitGraphExport

/// A small table of results, printable as an aligned table, TSV or JSON.
public struct Report: Sendable, Equatable {
    /// One cell: text, a whole number or a flag, kept typed for JSON.
    public enum Value: Sendable, Equatable {
        /// Text.
        case text(String)
        /// A whole number.
        case int(Int)
        /// A flag.
        case bool(Bool)
        /// A number with a fraction, printed rounded to four decimals.
        case number(Double)
        /// A value that is not known (empty in tables and TSV, `null` in JSON).
        case missing

        var plain: String {
            switch self {
            case .text(let text): text
            case .int(let number): String(number)
            case .bool(let flag): flag ? "yes" : "no"
            case .number(let number): String(Self.rounded(number))
            case .missing: ""
            }
        }

        var json: JSONValue {
            switch self {
            case .text(let text): .string(text)
            case .int(let number): .int(number)
            case .bool(let flag): .bool(flag)
            case .number(let number): .number(Self.rounded(number))
            case .missing: .null
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

    /// Creates a report.
    public init(columns: [String], rows: [[Value]], isSingleRecord: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.isSingleRecord = isSingleRecord
    }

    /// The report as text in `format`, ending with a newline (except an empty table, which is empty).
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .table: renderedTable()
        case .tsv: renderedTSV()
        case .json: renderedJSON()
        }
    }

    private func renderedTable() -> String {
        let cells = [columns] + rows.map { $0.map { Self.singleLine($0.plain) } }
        var widths = [Int](repeating: 0, count: columns.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return cells.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private func renderedTSV() -> String {
        let lines = [columns.map(Self.escapedTSV)] + rows.map { $0.map { Self.escapedTSV($0.plain) } }
        return lines.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    private func renderedJSON() -> String {
        let objects = rows.map { row in
            JSONValue.object(zip(columns, row).map { (key: $0, value: $1.json) })
        }
        let value = isSingleRecord ? (objects.first ?? .object([])) : .array(objects)
        return value.serialized() + "\n"
    }

    /// TSV cell escaping (the Linear TSV convention): backslash, tab, newline and carriage return.
    static func escapedTSV(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text on one line for a table cell: control characters become spaces.
    static func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
