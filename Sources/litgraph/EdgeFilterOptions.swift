import ArgumentParser
import LitGraphStore

/// `--min-evidence`, `--min-belief` and `--exclude-hedged`, shared by `query` and `export`.
struct EdgeFilterOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Keep relations with at least N evidence sentences (negated ones count).", valueName: "n")
    )
    var minEvidence: Int = 1

    @Option(name: .long, help: ArgumentHelp("Keep relations whose belief is at least B (0 to 1).", valueName: "b"))
    var minBelief: Double = 0

    @Flag(help: "Leave out hedged sentences; counts and belief are computed without them.")
    var excludeHedged = false

    func validate() throws {
        guard minEvidence >= 1 else {
            throw ValidationError("--min-evidence must be at least 1 (got \(minEvidence)).")
        }
        guard (0...1).contains(minBelief) else {
            throw ValidationError("--min-belief must be between 0 and 1 (got \(minBelief)).")
        }
    }

    /// The filter the options describe.
    var filter: EdgeFilter {
        EdgeFilter(minimumEvidence: minEvidence, minimumBelief: minBelief, excludesHedged: excludeHedged)
    }
}
