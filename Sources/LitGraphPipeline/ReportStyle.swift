/// How a report is decorated beyond its format: the header row and colour.
public struct ReportStyle: Sendable, Hashable {
    /// Whether the table, TSV and CSV formats start with a header row of column names.
    public var includesHeader: Bool
    /// Whether the table format uses ANSI colour.
    ///
    /// Colour means a bold header, signs in green (positive) and red (negative), and marked text
    /// coloured instead of bracketed. Other formats never use colour.
    public var usesColor: Bool

    /// Creates a style; the default has a header and no colour.
    public init(includesHeader: Bool = true, usesColor: Bool = false) {
        self.includesHeader = includesHeader
        self.usesColor = usesColor
    }

    /// A header and no colour: what programs and tests read.
    public static let plain = ReportStyle()
}
