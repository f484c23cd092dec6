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

    /// The report in `format`: an aligned table, TSV with a header, or JSON.
    ///
    /// JSON is the evaluation's own (``renderedJSON()``), with numbers for the ratios and `null`
    /// for undefined figures.
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .table, .tsv: report.rendered(as: format)
        case .json: renderedJSON()
        }
    }
}
