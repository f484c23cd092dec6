extension Evidence {
    /// The JSON keys of an evidence record; `isComparison` and `confidence` may be absent.
    enum CodingKeys: String, CodingKey {
        case documentID, sentenceIndex, sentenceText, subjectSpan, triggerSpan, objectSpan, trigger, rule
        case isNegated, isHedged, isComparison, confidence
    }

    /// Decodes an evidence record, reading a missing `isComparison` (JSON written before the flag
    /// existed) as `false`.
    ///
    /// - Throws: `DecodingError` when a required key is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            documentID: try container.decode(String.self, forKey: .documentID),
            sentenceIndex: try container.decode(Int.self, forKey: .sentenceIndex),
            sentenceText: try container.decode(String.self, forKey: .sentenceText),
            subjectSpan: try container.decode(TextSpan.self, forKey: .subjectSpan),
            triggerSpan: try container.decode(TextSpan.self, forKey: .triggerSpan),
            objectSpan: try container.decode(TextSpan.self, forKey: .objectSpan),
            trigger: try container.decode(String.self, forKey: .trigger),
            rule: try container.decode(String.self, forKey: .rule),
            isNegated: try container.decode(Bool.self, forKey: .isNegated),
            isHedged: try container.decode(Bool.self, forKey: .isHedged),
            isComparison: try container.decodeIfPresent(Bool.self, forKey: .isComparison) ?? false,
            confidence: try container.decodeIfPresent(Double.self, forKey: .confidence)
        )
    }
}
