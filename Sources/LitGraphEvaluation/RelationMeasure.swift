/// What one row of a relation evaluation measures.
///
/// The raw values are stable: they appear in reports.
public enum RelationMeasure: String, Sendable, Hashable, CaseIterable {
    /// Document-level entity pairs: tp, fp and fn are pairs, with precision, recall and F1 where the
    /// predictions can be told apart by type (the overall row and `CID`), recall alone otherwise.
    case pair
    /// The sign of found pairs the corpus labels Positive_Correlation or Negative_Correlation: tp is
    /// the right sign, fp the opposite sign, fn no sign (unknown, counted wrong); accuracy is
    /// tp / (tp + fp + fn).
    case polarity
}
