import LitGraphModel

extension RelationReport {
    /// Each row's cells as text, in ``columns`` order: ratios with four decimals, `-` where a
    /// figure is not defined for the row.
    public var textRows: [[String]] {
        rows.map { row in
            let counts = row.counts
            let ratios = [row.precision, row.recall, row.f1, row.accuracy].map { $0.map(NERReport.decimal) ?? "-" }
            return [
                row.measure.rawValue, row.type, String(counts.truePositives),
                row.measure == .pair && !row.countsFalsePositives ? "-" : String(counts.falsePositives),
                String(counts.falseNegatives),
            ] + ratios
        }
    }

    /// The report as an aligned table with a header, ending with a newline.
    public func renderedTable() -> String {
        AlignedTable.render(header: Self.columns, rows: textRows)
    }

    /// The report as JSON: `{"documents": N, "unjudged_pairs": K, "rows": [{"measure": …, …}]}`;
    /// counts and ratios as numbers (ratios with four decimals), undefined figures as `null`,
    /// two-space indent, keys in ``columns`` order; ends with a newline.
    public func renderedJSON() -> String {
        var output = "{\n  \"documents\": \(documentCount),\n  \"unjudged_pairs\": \(unjudgedPairCount),\n  \"rows\": ["
        for (index, cells) in textRows.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            let members = zip(Self.columns, cells).enumerated().map { column, pair in
                let value = column < 2 ? pair.1.jsonLiteral : (pair.1 == "-" ? "null" : pair.1)
                return "      \(pair.0.jsonLiteral): \(value)"
            }
            output += "    {\n" + members.joined(separator: ",\n") + "\n    }"
        }
        output += rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return output
    }
}
