/// One sentence-level occurrence of a relation: where it was read and how.
public struct Evidence: Sendable, Hashable, Codable {
    /// The identifier of the document the sentence belongs to.
    public var documentID: String
    /// The sentence's index in its document (0 is the title).
    public var sentenceIndex: Int
    /// The sentence's text.
    public var sentenceText: String
    /// Where the subject's mention lies in `Document.text`.
    public var subjectSpan: TextSpan
    /// Where the trigger word or phrase lies in `Document.text`.
    public var triggerSpan: TextSpan
    /// Where the object's mention lies in `Document.text`.
    public var objectSpan: TextSpan
    /// The trigger as written, such as `modulate` or `compromise`.
    public var trigger: String
    /// The name of the extraction rule that fired, such as `active-verb` or `passive-by`.
    public var rule: String
    /// Whether the sentence denies the relation ("did not increase", "no effect of X on Y").
    public var isNegated: Bool
    /// Whether the sentence hedges the relation ("may", "might", "suggest", "potential").
    public var isHedged: Bool
    /// Whether the sentence states the relation inside a comparison ("more effective than Y").
    ///
    /// "X was more effective than Y in reducing Z", "compared with placebo, X reduced Z": the
    /// relation holds, measured against a standard that is never an argument. Decoded as `false`
    /// when absent, so JSON written before the flag existed still reads.
    public var isComparison: Bool
    /// The probability, 0 to 1, that the sentence states the relation, when the component that
    /// found it estimates one (the trained relation model does); `nil` for a rule, whose
    /// reliability is a property of the rule.
    public var confidence: Double?

    /// Creates an evidence record.
    public init(
        documentID: String,
        sentenceIndex: Int,
        sentenceText: String,
        subjectSpan: TextSpan,
        triggerSpan: TextSpan,
        objectSpan: TextSpan,
        trigger: String,
        rule: String,
        isNegated: Bool = false,
        isHedged: Bool = false,
        isComparison: Bool = false,
        confidence: Double? = nil
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentenceText = sentenceText
        self.subjectSpan = subjectSpan
        self.triggerSpan = triggerSpan
        self.objectSpan = objectSpan
        self.trigger = trigger
        self.rule = rule
        self.isNegated = isNegated
        self.isHedged = isHedged
        self.isComparison = isComparison
        self.confidence = confidence
    }
}
