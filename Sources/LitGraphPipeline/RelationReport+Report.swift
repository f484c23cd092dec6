public import LitGraphEvaluation

extension RelationReport {
    /// The report as a pipeline ``Report``: counts as numbers, ratios as four-decimal text, `-`
    /// where a figure is not defined for the row.
    public var report: Report {
        Report(
            columns: Self.columns,
            rows: textRows.map { cells in
                cells.enumerated().map { column, cell in
                    (2...4).contains(column) ? Int(cell).map { .int($0) } ?? .text(cell) : .text(cell)
                }
            })
    }

    /// The report in `format`: an aligned table, TSV or CSV with a header, JSON or JSON Lines.
    ///
    /// JSON is the evaluation's own (``renderedJSON()``), with numbers for the ratios and `null`
    /// for undefined figures.
    public func rendered(as format: ReportFormat, style: ReportStyle = .plain) -> String {
        switch format {
        case .table, .tsv, .csv, .jsonl: report.rendered(as: format, style: style)
        case .json: renderedJSON()
        }
    }
}
