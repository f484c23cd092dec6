import LitGraphModel

extension NERReport {
    /// Each row's cells as text, in ``columns`` order; ratios with four decimals (`0.8123`).
    public var textRows: [[String]] {
        rows.map { row in
            let counts = row.counts
            return [
                row.level.rawValue, row.type, String(counts.truePositives), String(counts.falsePositives),
                String(counts.falseNegatives), Self.decimal(counts.precision), Self.decimal(counts.recall),
                Self.decimal(counts.f1),
            ]
        }
    }

    /// The report as an aligned table with a header, ending with a newline.
    public func renderedTable() -> String {
        AlignedTable.render(header: Self.columns, rows: textRows)
    }

    /// The report as JSON: `{"documents": N, "rows": [{"level": …, "type": …, "tp": …, …}]}`, ratios
    /// as numbers with four decimals, two-space indent, keys in ``columns`` order; ends with a newline.
    public func renderedJSON() -> String {
        var output = "{\n  \"documents\": \(documentCount),\n  \"rows\": ["
        for (index, cells) in textRows.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            let members = zip(Self.columns, cells).enumerated().map { column, pair in
                let isText = column < 2
                return "      \(pair.0.jsonLiteral): \(isText ? pair.1.jsonLiteral : pair.1)"
            }
            output += "    {\n" + members.joined(separator: ",\n") + "\n    }"
        }
        output += rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return output
    }

    /// `value` (between 0 and 1) with exactly four decimals, rounded half away from zero.
    static func decimal(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let fraction = String(scaled % 10_000)
        return "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
