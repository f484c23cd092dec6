import LitGraphModel

/// A full-text query SQLite's FTS5 cannot parse, such as `IL-6` (read as a column filter) or an
/// unbalanced quote; the description is one line naming the query and how to fix it.
public struct SearchQueryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The query as given.
    public let query: String
    /// FTS5's own message, such as `fts5: syntax error near "("`.
    public let reason: String

    /// Creates the error.
    public init(query: String, reason: String) {
        self.query = query
        self.reason = reason
    }

    /// One line: the query (quoted, escaped), FTS5's reason, and how to search for the words as written.
    public var description: String {
        "\(query.jsonLiteral) is not a valid full-text query (\(reason.jsonLiteral.dropFirst().dropLast())); "
            + "put words with - or other punctuation in double quotes (\"IL-6\"), or pass --literal to search "
            + "for the words as written"
    }
}
