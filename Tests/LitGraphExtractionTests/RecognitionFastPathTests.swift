import LitGraphModel
import Testing

@testable import LitGraphExtraction

/// The byte-level shortcuts of recognition against the general code they stand in for.
@Suite struct RecognitionFastPathTests {
    @Test(
        "the singular forms of an ASCII word read from its bytes are those of the general rule",
        arguments: [
            "receptors", "therapies", "kinases", "cells", "glass", "ss", "ies", "dies", "lies", "boxes", "genes",
            "mice",
            "rats", "s", "as", "is", "yes", "ties", "ses", "iess", "caspases", "analyses", "bias", "virus", "xs",
            "abcdes", "abcies", "abc", "abcs",
        ])
    func singularFormsOfASCIIWords(word: String) {
        #expect(Lexicon.singularForms(ofASCII: word) == Lexicon.singularForms(of: word))
    }

    @Test(
        "a word refused by the cation's first-byte test has no cation symbol before its charge",
        arguments: [
            "Ca", "Ca2", "K", "Na", "Mg2", "Zn", "Fe3", "Cu", "Li", "Mn", "Cd", "ca", "CA", "C\u{0308}a", "Ça",
            "IL", "cells", "", "2", "Kk", "N", "Z9", "Fé", "Ｃa", "Xa", "a", "TNF", "Mx", "Li1",
        ])
    func cationFirstByteTest(word: String) {
        // The full test of ``EntityRecognizer/cationMatch(in:from:)``: a symbol of letters, then digits.
        let symbol = String(word.prefix { $0.isLetter })
        let isCation =
            EntityRecognizer.cations[symbol] != nil && word.dropFirst(symbol.count).allSatisfy(\.isNumber)
        if isCation { #expect(EntityRecognizer.mayStartCation(word), "\(word)") }
        #expect(EntityRecognizer.mayStartCation(word) == (word.utf8.first.map { "CKNMZFL".utf8.contains($0) } ?? false))
    }

    @Test(
        "a word's shape read by the tokenizer is the shape read from the word's text",
        arguments: [
            "ESR1 and IL-6, TNF-α; Ca2+ in ÉCOLE and Straße.", "Akt mTOR hOGG1 Mdm2 BRCA1 p53 5HT 123 aB Ab AB ab",
            "oestrogen haemoglobin coeliac aerobic Michael algae toe behaviour tumours contour centre analyse",
            "organisation organisations paralysed fibres colour randomised ae oe AE OE aE Oe x X 0",
            "caféine naïve İstanbul ǅ Ⅻ σ Σ ΣΑΣ µM receptors therapies kinases glass", "",
            "An ASCII text: IL-6 (interleukin 6) raised TNF-alpha in 12 of 20 mice; p < 0.05.",
        ])
    func tokenizerShapes(text: String) {
        let scalars = Array(text.unicodeScalars)
        let span = TextSpan(start: 0, end: scalars.count)
        var shapes: [ASCIIWordShape?] = []
        let tokens = Tokenizer().tokens(of: scalars, in: span, shapes: &shapes)
        #expect(tokens == Tokenizer().tokens(of: scalars, in: span))
        #expect(shapes.count == tokens.count)
        for (token, shape) in zip(tokens, shapes) {
            let expected = token.kind == .punctuation ? nil : ASCIIWordShape(token.text)
            #expect(shape == expected, "\(token.text)")
        }
        let keys = SentenceKeys(tokens, shapes: shapes)
        let reference = SentenceKeys(tokens)
        for index in tokens.indices {
            #expect(keys[index].exact == reference[index].exact)
            #expect(keys[index].folded == reference[index].folded)
            #expect(keys[index].isPlain == reference[index].isPlain)
            #expect(keys[index].isConnector == reference[index].isConnector)
            #expect(keys[index].singulars == reference[index].singulars)
            #expect(keys[index].mayBeSalt == reference[index].mayBeSalt)
            #expect(keys[index].mixedCase == reference[index].mixedCase)
        }
    }

    @Test(
        "removing matches keeps the others in order, as filtering does",
        arguments: [[], [0], [1], [0, 1, 2], [1, 2, 3], [3, 0, 4, 1], [2, 2, 2], [5, 1, 1, 6]])
    func removingMatches(lengths: [Int]) {
        let matches = lengths.enumerated().map { position, length in
            EntityRecognizer.Match(
                tokens: position..<(position + length + 1),
                entity: Entity(id: "x\(position)", name: "x", category: .chemical))
        }
        for removed in [0, 1, 2, 6] {
            let kept = EntityRecognizer.removing(matches) { $0.tokens.count - 1 == removed }
            #expect(kept == matches.filter { $0.tokens.count - 1 != removed })
        }
    }

    @Test(
        "entity numbers are the order of first addition, found by scan or dictionary alike",
        arguments: [0, 1, 5, EntityNumbers.scanLimit, EntityNumbers.scanLimit + 1, EntityNumbers.scanLimit + 7, 100])
    func entityNumbers(count: Int) {
        var numbers = EntityNumbers()
        var reference: [String: Int] = [:]
        for number in 0..<count {
            // Small and large strings, and an identifier that is another's prefix.
            let identifier = number % 3 == 0 ? "MESH:D\(number)" : "NCBIGene:\(number) with a long suffix \(number)"
            #expect(numbers.number(of: identifier) == nil)
            numbers.add(identifier)
            reference[identifier] = number
            for (known, expected) in reference { #expect(numbers.number(of: known) == expected) }
            #expect(numbers.number(of: identifier + "x") == nil)
            #expect(numbers.number(of: "MESH:D") == nil)
        }
    }

    @Test("the salt suffixes written as constants are the tails of their strings")
    func saltSuffixConstants() {
        #expect(SentenceKeys.ate == WordTail("ate"))
        #expect(SentenceKeys.ates == WordTail("ates"))
    }

    @Test(
        "up- and down-regulation are joined as the word list rule joins them",
        arguments: [
            "up-regulated", "down-regulation", "Up-Regulated", "up - regulated", "up-regulating", "upregulated",
            "up-regulator", "down-regulat", "up–regulated", "side-regulated", "up-regulated and down-regulated",
            "- regulated", "up-", "-regulated", "up up-regulated", "",
        ])
    func regulationPrefixesJoined(text: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        // The rule as it was written over the words.
        let words = tokens.map(\.lower)
        var expected = words
        for index in words.indices.dropFirst(2)
        where words[index - 1] == "-" && words[index].hasPrefix("regulat")
            && (words[index - 2] == "up" || words[index - 2] == "down")
        {
            expected[index] = words[index - 2] + words[index]
        }
        #expect(SentenceAnalysis.joiningRegulationPrefixes(tokens) == expected)
    }

    @Test("a connector is recognised as the set of connectors recognises it")
    func connectorsAsTheSetHasThem() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(Lexicon.isConnector(text) == Lexicon.connectors.contains(text), "U+\(String(value, radix: 16))")
        }
        for text in ["", "--", "-/", "\u{2010}\u{2010}", "a"] {
            #expect(Lexicon.isConnector(text) == Lexicon.connectors.contains(text))
        }
    }

    @Test(
        "a token's lower case is its text lower-cased",
        arguments: [
            "ESR1 and IL-6, TNF-α; Ca2+ in ÉCOLE and Straße.", "ⓐⒶ Ⅻ ǅ ΣΑΣ İstanbul", "abc ABC aBc 123 A1b2", "",
        ])
    func tokenLowerCase(text: String) {
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count)) {
            #expect(token.lower == token.text.lowercased(), "\(token.text)")
        }
    }

    @Test("an ASCII word lower-cased from its scalars is the word lower-cased")
    func asciiLowercased() {
        for word in ["ABC", "aBc", "Z9a", "@[`{", "ESR1"] {
            #expect(String(asciiLowercased: Array(word.unicodeScalars)[...]) == word.lowercased())
        }
    }
}

/// The abbreviation detector's scalar tests, answered for ASCII without property lookups.
@Suite struct AbbreviationScalarTests {
    @Test("letters, digits and lower case are answered as the Unicode properties answer them")
    func scalarTestsMatchTheProperties() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alphanumeric = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(AbbreviationDetector.isAlphanumeric(scalar) == alphanumeric, "U+\(String(value, radix: 16))")
            let lower =
                scalar.properties.isUppercase
                ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
            #expect(AbbreviationDetector.lowercased(scalar) == lower, "U+\(String(value, radix: 16))")
        }
    }
}

/// The folded key piece of an ASCII word, decided in the same pass that reads its shape.
@Suite struct FoldedPieceTests {
    @Test(
        "an ASCII word's folded piece is the word lower-cased and folded",
        arguments: [
            "Oestrogen haemoglobin coeliac aerobic Michael algae toe behaviour tumours contour CENTRE centres",
            "organisation organisations analysed analyse paralyses realised realising ise yse tre AE OE aE Oe",
            "IL-6 ESR1 oxytocin TNF kinase ours Hours our colour COLOURS devours",
        ])
    func foldedPieces(text: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        let keys = SentenceKeys(tokens)
        for (index, token) in tokens.enumerated() where token.kind != .punctuation {
            #expect(keys[index].folded == Lexicon.foldedWord(token.lower), "\(token.text)")
        }
    }
}
