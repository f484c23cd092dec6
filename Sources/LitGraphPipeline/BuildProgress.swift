/// How far a running build has got, reported to ``GraphBuilder/progress`` a few times a second.
public struct BuildProgress: Sendable, Equatable {
    /// Documents read and handed to the writer so far.
    public var documents: Int
    /// Of those, documents annotated (the others were unchanged and skipped).
    public var annotated: Int
    /// Seconds since the build started (the lexicon was already loaded).
    public var seconds: Double

    /// Creates a progress report.
    public init(documents: Int, annotated: Int, seconds: Double) {
        self.documents = documents
        self.annotated = annotated
        self.seconds = seconds
    }

    /// Documents per second so far (0 before any time has passed).
    public var documentsPerSecond: Double {
        seconds > 0 ? Double(documents) / seconds : 0
    }

    /// One line for a terminal: `12080 documents (310 annotated), 5230 documents/s`.
    public var line: String {
        "\(documents) documents (\(annotated) annotated), \(Int(documentsPerSecond.rounded())) documents/s"
    }
}
