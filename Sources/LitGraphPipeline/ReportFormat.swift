/// How a report is printed.
///
/// `table` is for people and may change; `tsv`, `csv`, `json` and `jsonl` are stable, for programs:
/// their column names and value types only grow.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Columns aligned with spaces, for a terminal; marked text (arguments, triggers, search hits)
    /// in brackets or colour.
    case table
    /// Tab-separated values with a header row; tabs, newlines, carriage returns and backslashes
    /// escaped as `\t`, `\n`, `\r`, `\\` (the Linear TSV convention); lists joined with `|`.
    case tsv
    /// Comma-separated values (RFC 4180): CRLF line ends, a header row, fields holding a comma, a
    /// quote, CR or LF quoted with `"` and inner quotes doubled; lists joined with `|`.
    case csv
    /// A JSON array of objects (one object for single-record reports), keys in column order.
    case json
    /// JSON Lines: one compact JSON object per row, each ending with `\n`; no output for no rows.
    case jsonl
}
