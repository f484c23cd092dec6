import ArgumentParser
import LitGraphModel
import LitGraphStore

/// The evidence and edge filters shared by `query` and `export` (`EdgeFilter`).
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

    @Flag(help: "Keep only hedged sentences (\"may\", \"suggest\").")
    var onlyHedged = false

    @Flag(help: "Leave out negated sentences (\"did not increase\"): only what is stated counts.")
    var excludeNegated = false

    @Flag(help: "Keep only negated sentences: the relations some sentence denies (their belief is 0).")
    var onlyNegated = false

    @Option(name: .long, help: "Keep relations of this polarity (repeat for several).")
    var polarity: [Polarity] = []

    @Option(
        name: .long,
        help: """
            Keep relations whose partner — the other end from the entity queried; either end in an export — \
            is of this category (repeat for several).
            """
    )
    var partnerType: [EntityCategory] = []

    @Option(
        name: .long, help: ArgumentHelp("Keep sentences from documents published in YEAR or later.", valueName: "year"))
    var since: Int?

    @Option(
        name: .long,
        help: ArgumentHelp("Keep sentences from documents published in YEAR or earlier.", valueName: "year"))
    var until: Int?

    func validate() throws {
        guard minEvidence >= 1 else {
            throw ValidationError("--min-evidence must be at least 1 (got \(minEvidence)).")
        }
        guard (0...1).contains(minBelief) else {
            throw ValidationError("--min-belief must be between 0 and 1 (got \(minBelief)).")
        }
        guard !(excludeHedged && onlyHedged) else {
            throw ValidationError("--exclude-hedged and --only-hedged exclude each other; pass one.")
        }
        guard !(excludeNegated && onlyNegated) else {
            throw ValidationError("--exclude-negated and --only-negated exclude each other; pass one.")
        }
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until); swap them.")
        }
    }

    /// The filter the options describe.
    var filter: EdgeFilter {
        EdgeFilter(
            minimumEvidence: minEvidence, minimumBelief: minBelief, excludesHedged: excludeHedged,
            onlyHedged: onlyHedged, excludesNegated: excludeNegated, onlyNegated: onlyNegated,
            polarities: Set(polarity), partnerCategories: Set(partnerType), earliestYear: since, latestYear: until)
    }
}
