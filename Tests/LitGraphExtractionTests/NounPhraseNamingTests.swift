import LitGraphModel
import Testing

@testable import LitGraphExtraction

/// ``NounPhraseNamer/entity(for:)``, which reads the phrase's tokens in place, pinned against the
/// version it replaces, which copied them into arrays (``byCopies(_:)``), on every sub-phrase of
/// phrases that are named, rejected, or nearly either.
@Suite struct NounPhraseNamingTests {
    static let phrases = [
        "the oxytocin receptor", "its motor activity", "amphetamine-induced motor activity",
        "amphetamine-induced motor-activity", "increased social behavior", "the markers", "ESR1",
        "the 5-HT release", "cortisol secretion and ACTH release", "an ongoing review of the literature",
        "these novel anti-inflammatory therapies", "a very long phrase of many more than five words here",
        "stress-related disorders", "the (HPA) axis", "GABA(A) receptor function", "IL-6 / TNF signaling",
        "lower blood pressure", "the increased expression", "vitamin D3 supplementation", "two weeks",
        "mice lacking the receptor", "reduced food intake", "the tumour suppressor p53", "only the hormone",
        "café au lait macules", "social support programs", "dopamine-mediated reward processing",
        "parental training", "the high-fat diet-induced obesity", ", the gene", "- -", "the", "",
    ]

    @Test("the names and spans are those the copying version gave", arguments: phrases)
    func namesAreThoseOfTheCopyingVersion(phrase: String) {
        let scalars = Array(("Before " + phrase + " after.").unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        for start in tokens.indices {
            for end in start...tokens.count {
                let named = NounPhraseNamer.entity(for: tokens[start..<end])
                let expected = Self.byCopies(tokens[start..<end])
                #expect(
                    named?.entity == expected?.entity && named?.span == expected?.span, "\(start)..<\(end): \(phrase)")
            }
        }
    }

    /// The version before the positions: the phrase's tokens copied into arrays and trimmed.
    static func byCopies(_ tokens: ArraySlice<Token>) -> (entity: Entity, span: TextSpan)? {
        typealias Namer = NounPhraseNamer
        var words = Array(tokens.filter { $0.kind != .punctuation || Lexicon.connectors.contains($0.text) })
        while let first = words.first,
            first.kind == .punctuation || CueWords.determiners.contains(first.lower)
                || CueWords.signedModifiers[first.lower] != nil
        {
            words.removeFirst()
        }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        if let compound = words.indices.last(where: { index in
            index > 0 && words[index - 1].kind == .punctuation && words[index].lower.hasSuffix("ed")
        }) {
            words.removeSubrange(..<(compound + 1))
        }
        let wordTokens = words.filter { $0.kind != .punctuation }
        guard let head = wordTokens.last, let first = words.first, (1...5).contains(wordTokens.count) else {
            return nil
        }
        guard !CueWords.genericHeads.contains(head.lower), !Namer.looksAdjectival(head.lower) else { return nil }
        guard !head.lower.hasSuffix("ing") || Namer.headCategories[head.lower] != nil else { return nil }
        guard !TriggerLexicon.builtIn.entries(for: head.lower).contains(where: { $0.sense.kind == .noun }) else {
            return nil
        }
        guard wordTokens.count > 1 || Lexicon.isSymbol(head.text) else { return nil }
        for token in wordTokens where Namer.isExcluded(token.lower) || token.kind == .number {
            return nil
        }
        var name = ""
        for (offset, token) in words.enumerated() {
            if offset > 0, token.span.start > words[offset - 1].span.end { name += " " }
            name += Lexicon.isSymbol(token.text) ? token.text : token.lower
        }
        let category = Namer.headCategories[head.lower] ?? .other
        let entity = Entity(id: Entity.localIdentifier(for: name), name: name, category: category)
        return (entity, TextSpan(start: first.span.start, end: head.span.end))
    }

    @Test("some phrases are named and some are not")
    func someAreNamedAndSomeNot() {
        let scalars = Array("the oxytocin receptor".unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        #expect(NounPhraseNamer.entity(for: tokens[...])?.entity.name == "oxytocin receptor")
        #expect(NounPhraseNamer.entity(for: tokens[0..<1]) == nil)
    }
}
