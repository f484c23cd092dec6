/// A range of text in Unicode code points: 0-based, end-exclusive, as PubTator and BioC count.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// The first code point in the span.
    public var start: Int
    /// One past the last code point in the span.
    public var end: Int

    /// Creates a span; `end` must not be less than `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of code points covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension String {
    /// The text of `span`, counted in Unicode scalars; `nil` when the span lies outside the string.
    public func substring(in span: TextSpan) -> String? {
        let scalars = unicodeScalars
        guard span.start >= 0, span.end <= scalars.count else { return nil }
        let lower = scalars.index(scalars.startIndex, offsetBy: span.start)
        let upper = scalars.index(lower, offsetBy: span.length)
        return String(scalars[lower..<upper])
    }
}
