/// What one row of an evaluation counts: the unit compared between gold and prediction.
///
/// The raw values are stable: they appear in reports.
public enum NERLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Distinct (document, type, identifier) triples: did the tool find that the document names the
    /// concept, wherever and however often? The measure BioRED and BC5CDR report for normalisation.
    case document
    /// Distinct (document, type, span, identifier) items: the exact span with the right identifier.
    case mention
    /// Distinct (document, type, span) items: the exact span, identifier ignored ("boundary").
    case boundary

    /// Orders the levels as declared: document, mention, boundary.
    public static func < (lhs: NERLevel, rhs: NERLevel) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
