/// Decides which species a document studies, from the words that name its subjects.
///
/// The rule counts, over the title and abstract, the words naming mice ("mouse", "mice",
/// "murine"), rats ("rat", "rats") and people ("patients", "women", "children", "participants",
/// "cohort"…). A document is about a rodent when that rodent's words are at least as many as the
/// human ones (and there is at least one); mice win a tie with rats. Everything else is human.
/// The rule was chosen by cross-validation on the BioRED training split among three candidates
/// (any rodent word; rodent words at least as many as human words; the same with at least two).
public struct SpeciesDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// The species `text` is about.
    public func species(of text: String) -> Species {
        species(from: counts(of: text))
    }

    /// The species the word counts of a text give.
    public func species(from counts: SpeciesWordCounts) -> Species {
        let rodent = max(counts.mouse, counts.rat)
        guard rodent > 0, rodent >= counts.human else { return .human }
        return counts.mouse >= counts.rat ? .mouse : .rat
    }

    /// How many words of `text` name mice, rats and people.
    public func counts(of text: String) -> SpeciesWordCounts {
        var counts = SpeciesWordCounts()
        for word in Self.words(of: text) {
            if Self.mouseWords.contains(word) {
                counts.mouse += 1
            } else if Self.ratWords.contains(word) {
                counts.rat += 1
            } else if Self.humanWords.contains(word) {
                counts.human += 1
            }
        }
        return counts
    }

    private static let mouseWords: Set<String> = ["mouse", "mice", "murine"]
    private static let ratWords: Set<String> = ["rat", "rats"]
    private static let humanWords: Set<String> = [
        "human", "humans", "patient", "patients", "men", "women", "children", "individuals", "subjects", "people",
        "family", "families", "proband", "probands", "volunteer", "volunteers", "participant", "participants",
        "cohort",
    ]

    /// The lower-cased runs of letters of `text`.
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }
}
