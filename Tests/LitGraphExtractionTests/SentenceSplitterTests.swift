import LitGraphExtraction
import LitGraphModel
import Testing

@Suite struct SentenceSplitterTests {
    static func split(_ abstract: String, title: String = "A title.") -> [String] {
        SentenceSplitter().sentences(of: Document(id: "d", title: title, abstract: abstract)).map(\.text)
    }

    /// Text that is one sentence despite its periods.
    @Test(arguments: [
        "As shown by Smith et al. Oxytocin levels rose.",
        "Hormones (e.g. Oxytocin) were measured.",
        "Several peptides, i.e. Oxytocin and vasopressin, were measured.",
        "Oxytocin vs. Vasopressin was compared.",
        "Doses of approx. 2.5 mg were given.",
        "Results are shown in Fig. 2 and were clear.",
        "Cultures of E. coli were grown.",
        "The study by J. Smith was replicated.",
        "Levels rose (p < 0.05. See Table 1) after treatment.",
    ])
    func doesNotSplit(_ abstract: String) {
        #expect(Self.split(abstract) == ["A title.", abstract])
    }

    /// What may open the next sentence after a period: a capital (ASCII or not), a digit, an
    /// opening bracket or quote; not a lower-case word or other punctuation.
    ///
    /// A word longer than every abbreviation before the period ends the sentence.
    @Test(arguments: [
        ("It rose. Then it fell.", 2), ("It rose. \u{00C9}tude fell.", 2), ("It rose. 5 fell.", 2),
        ("It rose. \u{0665} fell.", 2), ("It rose. (It fell.)", 2), ("It rose. [It fell.]", 2),
        ("It rose. \"It fell.\"", 2), ("It rose. 'It fell.'", 2), ("It rose. \u{201C}It fell.\u{201D}", 2),
        ("It rose. then it fell.", 1), ("It rose. - It fell.", 1), ("It rose. \u{00E9}tude fell.", 1),
        ("It rose approximately. Then it fell.", 2), ("It rose approx. Then it fell.", 1),
        ("It rose APPROX. Then it fell.", 1), ("It rose etc.al. Then it fell.", 1),
    ])
    func whatOpensASentence(abstract: String, sentences: Int) {
        #expect(Self.split(abstract, title: "").count == sentences)
    }

    @Test func splitsAtSentenceEnds() {
        let sentences = Self.split("Oxytocin rose. Cortisol fell! Was vitamin D. Relevant? 5 patients died.")
        #expect(
            sentences == [
                "A title.", "Oxytocin rose.", "Cortisol fell!", "Was vitamin D.", "Relevant?", "5 patients died.",
            ])
    }

    @Test func titleIsSentenceZeroAndSpansAreCodePoints() {
        let document = Document(
            id: "d", title: "β-Endorphin and oxytocin", abstract: "Café patients rose. Then µ fell.")
        let sentences = SentenceSplitter().sentences(of: document)
        #expect(sentences.map(\.index) == [0, 1, 2])
        #expect(sentences[0].text == "β-Endorphin and oxytocin")
        for sentence in sentences {
            #expect(document.text.substring(in: sentence.span) == sentence.text)
        }
        #expect(sentences[1].span.start == 25)
    }

    @Test func emptyTitleGivesNoTitleSentence() {
        #expect(Self.split("Only text.", title: "") == ["Only text."])
    }
}
