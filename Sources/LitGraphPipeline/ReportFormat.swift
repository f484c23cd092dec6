/// How a report is printed.
///
/// `table` is for people; `tsv` and `json` are stable, for programs.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Columns aligned with spaces, for a terminal.
    case table
    /// Tab-separated values with a header row; tabs, newlines and backslashes escaped as `\t`, `\n`, `\\`.
    case tsv
    /// A JSON array of objects (one object for single-record reports), keys in column order.
    case json
}
