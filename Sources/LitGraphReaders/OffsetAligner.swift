import LitGraphModel

/// Checks annotation offsets against a text and converts them to Unicode-scalar offsets.
///
/// Corpora disagree on the unit (BioC's DTD says bytes, PubTator tooling counts characters), so
/// an offset pair is tried as scalar offsets, then as UTF-16 code units, then as UTF-8 bytes,
/// and finally the mention text is searched for within ``searchRadius`` scalars of the start.
/// The first interpretation under which the text there equals the mention text wins.
struct OffsetAligner {
    /// How far from the given start (in scalars) the fall-back search looks.
    static let searchRadius = 20

    private let scalars: [Unicode.Scalar]
    /// Scalar index for each UTF-16 offset that falls on a scalar boundary (built on first use).
    private var utf16Index: [Int: Int]?
    /// Scalar index for each UTF-8 offset that falls on a scalar boundary (built on first use).
    private var utf8Index: [Int: Int]?

    /// Creates an aligner over `text`.
    init(text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The number of scalars in the text.
    var count: Int { scalars.count }

    /// The scalar span of `mention` given offsets `start..<end` in an unknown unit; `nil` when no
    /// interpretation puts the mention text there.
    mutating func span(start: Int, end: Int, mention: String) -> TextSpan? {
        let wanted = Array(mention.unicodeScalars)
        guard !wanted.isEmpty, start >= 0, end >= start else { return nil }
        if matches(wanted, at: start, end: end) { return TextSpan(start: start, end: end) }
        let needsConversion = scalars.contains { !$0.isASCII }
        if needsConversion {
            if let converted = Self.convert(start, end, scalars, &utf16Index, width: { $0.utf16.count }),
                matches(wanted, at: converted.start, end: converted.end)
            {
                return converted
            }
            if let converted = Self.convert(start, end, scalars, &utf8Index, width: { $0.utf8.count }),
                matches(wanted, at: converted.start, end: converted.end)
            {
                return converted
            }
        }
        return search(wanted, near: start)
    }

    /// The text over a scalar span (which must lie inside the text).
    func text(in span: TextSpan) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[span.start..<span.end])
        return String(result)
    }

    private func matches(_ wanted: [Unicode.Scalar], at start: Int, end: Int) -> Bool {
        guard start >= 0, end <= scalars.count, end - start == wanted.count else { return false }
        return scalars[start..<end].elementsEqual(wanted)
    }

    /// Converts offsets in another unit (each scalar `width` units wide) to scalar offsets.
    private static func convert(
        _ start: Int,
        _ end: Int,
        _ scalars: [Unicode.Scalar],
        _ cache: inout [Int: Int]?,
        width: (Unicode.Scalar) -> Int
    ) -> TextSpan? {
        if cache == nil {
            var index: [Int: Int] = [:]
            var offset = 0
            for (position, scalar) in scalars.enumerated() {
                index[offset] = position
                offset += width(scalar)
            }
            index[offset] = scalars.count
            cache = index
        }
        guard let lower = cache?[start], let upper = cache?[end], upper >= lower else { return nil }
        return TextSpan(start: lower, end: upper)
    }

    private func search(_ wanted: [Unicode.Scalar], near start: Int) -> TextSpan? {
        for distance in 0...Self.searchRadius {
            for candidate in distance == 0 ? [start] : [start - distance, start + distance]
            where matches(wanted, at: candidate, end: candidate + wanted.count) {
                return TextSpan(start: candidate, end: candidate + wanted.count)
            }
        }
        return nil
    }
}
