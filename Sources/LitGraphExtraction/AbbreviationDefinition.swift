public import LitGraphModel

/// An abbreviation defined in a document: "long form (SF)" or "SF (long form)".
///
/// Spans count Unicode code points in `Document.text`, like every other offset in LitGraph.
public struct AbbreviationDefinition: Sendable, Hashable {
    /// The short form as written inside or before the parentheses, such as `HPA` or `TNF-α`.
    public var shortForm: String
    /// The long form as written, such as `hypothalamic-pituitary-adrenal`.
    public var longForm: String
    /// Where the short form of the definition lies.
    public var shortFormSpan: TextSpan
    /// Where the long form of the definition lies.
    public var longFormSpan: TextSpan

    /// Creates a definition.
    public init(shortForm: String, longForm: String, shortFormSpan: TextSpan, longFormSpan: TextSpan) {
        self.shortForm = shortForm
        self.longForm = longForm
        self.shortFormSpan = shortFormSpan
        self.longFormSpan = longFormSpan
    }

    /// Whether the definition is written short form first, "SF (long form)".
    public var isInverted: Bool { shortFormSpan.start < longFormSpan.start }
}
