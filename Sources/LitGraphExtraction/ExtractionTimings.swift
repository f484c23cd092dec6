/// Time spent in the two stages of ``Extractor/annotate(_:timings:)``, summed over documents:
/// what `litgraph build --timings` reports as annotate and extract.
///
/// *Annotate* is finding sentences, tokens and entities (lexicon, variants, abbreviations, species,
/// rodent genes, a corpus's own annotations); *extract* is finding relations (the sentence rules and
/// the relation model). Measuring reads a monotonic clock a few times per sentence, so it is only
/// done when asked for.
public struct ExtractionTimings: Sendable, Equatable {
    /// One stage of extraction.
    public enum Stage: Sendable, Hashable {
        /// Sentences, tokens and entity mentions.
        case annotate
        /// Relations: the rules and the relation model.
        case extract
    }

    /// Time spent annotating.
    public private(set) var annotate: Duration = .zero
    /// Time spent extracting relations.
    public private(set) var extract: Duration = .zero
    /// When the current stage began.
    private var mark = ContinuousClock.now

    /// Timings with nothing measured yet.
    public init() {}

    /// Starts measuring from now (the time since the last lap belongs to no stage).
    mutating func start() {
        mark = .now
    }

    /// Adds another measurement's stage times to these (a build sums its documents' timings).
    public mutating func add(_ other: ExtractionTimings) {
        annotate += other.annotate
        extract += other.extract
    }

    /// Adds the time since the last lap (or ``start()``) to `stage`: a caller that does more work
    /// of a stage right after ``Extractor/annotate(_:timings:)`` laps it here.
    public mutating func lap(_ stage: Stage) {
        let now = ContinuousClock.now
        switch stage {
        case .annotate: annotate += now - mark
        case .extract: extract += now - mark
        }
        mark = now
    }
}
