import Foundation
public import LitGraphExtraction

/// Where the time of a build went, stage by stage (`litgraph build --timings`).
///
/// *Read* is parsing inputs into documents, *annotate* and *extract* are the two stages of
/// ``ExtractionTimings``, *store* is writing to the database (transactions and their commits
/// included); the generic-concept filter counts as extract. `load` is loading the built-in lexicon,
/// ortholog table and relation model, measured by the caller, since it happens before the build.
public struct BuildTimings: Sendable, Equatable {
    /// Seconds spent loading the built-in lexicon and learned files, when the caller measured it.
    public var load: Duration?
    /// Time spent reading inputs into documents.
    public var read: Duration = .zero
    /// Time spent annotating and extracting.
    public var extraction = ExtractionTimings()
    /// Time spent writing to the database.
    public var store: Duration = .zero

    /// Timings with nothing measured yet.
    public init() {}

    /// One line for standard error: `timings: load=0.312 read=0.101 annotate=… extract=… store=…`
    /// (seconds, three decimals); `load` is left out when it was not measured.
    public var line: String {
        var fields: [(String, Duration)] = []
        if let load { fields.append(("load", load)) }
        fields += [
            ("read", read), ("annotate", extraction.annotate), ("extract", extraction.extract), ("store", store),
        ]
        return "timings: " + fields.map { "\($0.0)=\(Self.seconds($0.1))" }.joined(separator: " ")
    }

    /// Adds the time since `mark` to `stage` and moves `mark` to now.
    mutating func lap(_ stage: WritableKeyPath<BuildTimings, Duration>, since mark: inout ContinuousClock.Instant) {
        let now = ContinuousClock.now
        self[keyPath: stage] += now - mark
        mark = now
    }

    /// A duration as seconds with three decimals.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
