public import LitGraphEvaluation

extension NERReport {
    /// The report as a pipeline ``Report`` (counts as numbers, ratios as four-decimal text).
    public var report: Report {
        Report(
            columns: Self.columns,
            rows: zip(rows, textRows).map { row, cells in
                [.text(cells[0]), .text(cells[1])]
                    + [row.counts.truePositives, row.counts.falsePositives, row.counts.falseNegatives].map {
                        Report.Value.int($0)
                    } + cells[5...].map { Report.Value.text($0) }
            })
    }

    /// The report in `format`: an aligned table, TSV or CSV with a header, JSON or JSON Lines.
    ///
    /// JSON is the evaluation's own (``renderedJSON()``): `Report` has no number type for ratios,
    /// and programs reading the figures need numbers.
    public func rendered(as format: ReportFormat, style: ReportStyle = .plain) -> String {
        switch format {
        case .table, .tsv, .csv, .jsonl: report.rendered(as: format, style: style)
        case .json: renderedJSON()
        }
    }
}
