import Testing

@testable import LitGraphExtraction

/// A ``WordSet`` answers exactly as a `Set<String>` of the same words, its bit filter included;
/// the trigger lexicon's combined cues answer as the lookups they replace.
@Suite struct WordSetTests {
    static let words = ["and", "or", "not", "no", "without", "failed", "may", "-", ",", "as well", "nor"]

    @Test(arguments: [
        "and", "or", "not", "no", "without", "failed", "may", "-", ",", "as well", "nor", "an", "And", "ands", "o",
        "", " ", "n0t", "failed ", "without-", "as  well", "mayb", "k", "\u{212A}", "café", "cafe\u{301}", "年",
    ])
    func membershipIsTheSetsMembership(word: String) {
        #expect(WordSet(Self.words).contains(word) == Set(Self.words).contains(word))
        let nonASCII = Self.words + ["café", "K"]
        #expect(WordSet(nonASCII).contains(word) == Set(nonASCII).contains(word))
    }

    @Test func aNonASCIIWordEqualToAnASCIIMemberIsFound() {
        // U+212A KELVIN SIGN is canonically equivalent to "K", and "cafe" + U+0301 to "café".
        #expect(WordSet(["K"]).contains("\u{212A}"))
        #expect(WordSet(["café"]).contains("cafe\u{301}"))
        #expect(WordSet(["cafe\u{301}"]).contains("café"))
    }

    @Test func everyMemberOfALargeSetIsFoundAndFewOthersPassTheFilter() {
        let members = (0..<2000).map { "word\($0)" }
        let set = WordSet(members)
        #expect(members.allSatisfy(set.contains))
        let others = (2000..<12000).map { "word\($0)" }
        #expect(!others.contains(where: set.contains))
        #expect(others.filter(set.mayContain).count < 1000)
    }

    @Test func theTriggerLexiconsCuesAreItsEntriesAndTheCueWords() {
        let triggers = TriggerLexicon.builtIn
        var words = Set(CueWords.negation).union(CueWords.hedges)
        for sense in TriggerLexicon.vocabulary {
            words.insert(sense.lemma)
            for (form, _) in TriggerLexicon.inflections(of: sense.lemma) { words.insert(form) }
        }
        for word in words.union(["the", "of", "", "increase ", "Increased", "年"]) {
            let cues = triggers.cues(for: word)
            #expect(cues.effect == triggers.entries(for: word).first?.sense.effect, "\(word)")
            #expect(cues.isNegation == CueWords.negation.contains(word), "\(word)")
            #expect(cues.isHedge == CueWords.hedges.contains(word), "\(word)")
        }
    }
}
