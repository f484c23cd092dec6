public import LitGraphModel

/// Two entities of one document that the relation model scores, with the features it reads and
/// the place in the text that would be the evidence of a relation between them.
public struct PairCandidate: Sendable, Hashable {
    /// The entity that would be the subject: the chemical before a gene, a gene or variant before
    /// a disease, else the one named first.
    public var subject: Entity
    /// The other entity.
    public var object: Entity
    /// The features, each present with value 1.
    public var features: [String]
    /// Where the evidence is: the sentence, both arguments and a trigger between them if any.
    public var occurrence: PairOccurrence

    /// Creates a candidate.
    public init(subject: Entity, object: Entity, features: [String], occurrence: PairOccurrence) {
        self.subject = subject
        self.object = object
        self.features = features
        self.occurrence = occurrence
    }
}

/// Where in a document a candidate pair's evidence lies.
public struct PairOccurrence: Sendable, Hashable {
    /// The sentence of the evidence (the one holding the object for a pair joined through the title).
    public var sentence: Sentence
    /// The subject's mention.
    public var subjectSpan: TextSpan
    /// The object's mention.
    public var objectSpan: TextSpan
    /// The first trigger word between them, or an empty span after the first mention.
    public var triggerSpan: TextSpan
    /// The trigger word's text, empty when there is none.
    public var trigger: String
    /// Whether a negation word stands between the two mentions.
    public var isNegated: Bool
    /// Whether the sentence holds a hedge.
    public var isHedged: Bool
    /// Whether the two mentions are in different sentences (one of them in the title).
    public var crossesSentences: Bool

    /// Creates an occurrence.
    public init(
        sentence: Sentence, subjectSpan: TextSpan, objectSpan: TextSpan, triggerSpan: TextSpan, trigger: String,
        isNegated: Bool, isHedged: Bool, crossesSentences: Bool
    ) {
        self.sentence = sentence
        self.subjectSpan = subjectSpan
        self.objectSpan = objectSpan
        self.triggerSpan = triggerSpan
        self.trigger = trigger
        self.isNegated = isNegated
        self.isHedged = isHedged
        self.crossesSentences = crossesSentences
    }
}
