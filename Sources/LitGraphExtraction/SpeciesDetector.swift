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
        counts(of: Array(text.unicodeScalars))
    }

    /// How many words of a text, given as its scalars, name mice, rats and people.
    ///
    /// A word is a run of letters, lower-cased. An ASCII word is hashed as it is read, and only a
    /// word whose hash is one of the listed words' is made into a string and looked up; a word with
    /// other letters is always looked up.
    func counts(of scalars: [Unicode.Scalar]) -> SpeciesWordCounts {
        var counts = SpeciesWordCounts()
        var start = 0
        var hash = LexiconKey(value: LexiconKey.offsetBasis)
        var isASCII = true
        // Read once, not once per word (a static's every read checks its initialisation).
        let wordHashes = Self.wordHashes
        for index in 0...scalars.count {
            if index < scalars.count, Self.isLetter(scalars[index]) {
                let scalar = scalars[index]
                if scalar.isASCII {
                    hash = hash.appending(UInt8(truncatingIfNeeded: scalar.value) | 0x20)
                } else {
                    isASCII = false
                }
                continue
            }
            if start < index, !isASCII || wordHashes[hash] != nil {
                count(String(scalars: scalars[start..<index]).lowercased(), into: &counts)
            }
            start = index + 1
            hash = LexiconKey(value: LexiconKey.offsetBasis)
            isASCII = true
        }
        return counts
    }

    private func count(_ word: String, into counts: inout SpeciesWordCounts) {
        if Self.mouseWords.contains(word) {
            counts.mouse += 1
        } else if Self.ratWords.contains(word) {
            counts.rat += 1
        } else if Self.humanWords.contains(word) {
            counts.human += 1
        }
    }

    /// Whether a scalar is a letter (alphabetic), with ASCII answered without a property lookup.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isAlphabetic
    }

    private static let mouseWords: Set<String> = ["mouse", "mice", "murine"]
    private static let ratWords: Set<String> = ["rat", "rats"]
    private static let humanWords: Set<String> = [
        "human", "humans", "patient", "patients", "men", "women", "children", "individuals", "subjects", "people",
        "family", "families", "proband", "probands", "volunteer", "volunteers", "participant", "participants",
        "cohort",
    ]

    /// The FNV-1a hashes of every listed word, for screening ASCII words.
    private static let wordHashes: LexiconKeyTable = {
        var table = LexiconKeyTable()
        for word in mouseWords.union(ratWords).union(humanWords) { table.insert(LexiconKey(word), value: 0) }
        return table
    }()
}
