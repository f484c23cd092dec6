import LitGraphModel
import Testing

@testable import LitGraphExtraction

/// The ASCII and byte-level shortcuts of the symbol, short-form and spelling tests against the
/// general code they replaced.
@Suite struct ScalarFastPathTests {
    @Test("a word scalar is a letter or a number by its Unicode properties")
    func wordScalars() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(Tokenizer.isWordScalar(scalar) == expected, "U+\(value)")
        }
    }

    @Test("a scalar's letter and capital tests are its Unicode properties")
    func letterAndCapitalTests() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(AbbreviationDetector.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(value)")
            #expect(AbbreviationDetector.isCapital(scalar) == scalar.properties.isUppercase, "U+\(value)")
        }
    }

    @Test(
        "a term is a symbol exactly when the counting rule says so",
        arguments: [
            "OXTR", "ESR1", "5-HT", "Il6", "IL", "Ca2+", "oxytocin", "Oxytocin", "a1", "A", "A1", "AB", "Ab",
            "HPA axis", "T N", "ΣΑ", "Σ1", "σ1", "ÉC", "É1", "İ", "ǅ1", "Ⅻ1", "ⓐ1", "Ⓐ1", "", "1", "１Ａ", "Ａ1",
            "p53", "TNF-α", "NF-κB", "A\u{00A0}B", "AB\u{200B}", "MHC\tII",
        ])
    func symbolRule(term: String) {
        // The rule as written before the single pass.
        let spaced = term.unicodeScalars.contains(where: { Tokenizer.isSpace($0) })
        let capitals = term.unicodeScalars.filter { $0.properties.isUppercase }.count
        let digits = term.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        let expected = !spaced && (capitals >= 2 || (capitals >= 1 && digits >= 1))
        #expect(Lexicon.isSymbol(term) == expected)
    }

    @Test(
        "the suffix test's three-byte screen refuses no word that ends in a folded suffix",
        arguments: [
            "colour", "colours", "our", "ours", "organisation", "organisations", "isation", "ised", "ises", "ising",
            "ise", "yse", "ysed", "tre", "tres", "analysed", "centre", "centres", "realise", "realised", "realises",
            "realising", "analyse", "the", "and", "tour", "ion", "sing", "ing", "res", "sed", "ses", "urs", "ons",
            "re", "e", "s", "", "cells", "receptor", "kinase", "oestrogen", "metre", "liters", "ourr", "xisation",
        ])
    func foldedSuffixScreen(word: String) {
        let suffixes = [
            "our", "ours", "isation", "isations", "ised", "ises", "ising", "ise", "yse", "ysed", "tre", "tres",
        ]
        #expect(Lexicon.endsInFoldedSuffix(WordTail(word)) == suffixes.contains { word.hasSuffix($0) })
    }

    @Test("a statistic mark is one of the marks' scalars")
    func statisticMarks() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                AbbreviationDetector.isStatisticMark(scalar) == AbbreviationDetector.statisticMarks.contains(scalar),
                "U+\(value)")
        }
    }

    @Test(
        "the last word of a stem is read as the split reads it",
        arguments: [
            "glutam", "valpro", "fol", "sodium valpro", "a", "ab", "x ab", "ab ", "ab  ", " ", "", "  ", "a b",
            "ab c", "ab1", "1ab", "ab-c", "γab", "éa", "é", "ab\u{301}", "ab \u{301}", "a\r\nb", "\r\n", "ab\r\n",
            "AB", "Ab", "a\u{00A0}b", "ab\u{0600}", "ab  cd ",
        ])
    func lastWordOfStem(stem: String) {
        let lastWord = stem[...].split(separator: " ").last ?? stem[...]
        let expected = lastWord.count >= 2 && lastWord.allSatisfy(\.isLetter)
        #expect(EntityRecognizer.lastWordIsLetters(stem[...]) == expected)
    }

    @Test(
        "a piece's salt test and plural test read from the word's shape are those of its strings",
        arguments: [
            "glutamate", "glutamates", "Glutamate", "GLUTAMATES", "ate", "ates", "at", "cells", "CELLS", "Cells",
            "centres", "colourates", "organisate", "receptor", "s", "S", "e", "ABCs", "mTORs", "valproate", "caféates",
            "Ωates", "ates\u{301}", "plates", "state",
        ])
    func pieceTailTests(word: String) {
        let scalars = Array(word.unicodeScalars)
        let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
        let keys = SentenceKeys(tokens)
        for (token, piece) in zip(tokens, keys.pieces) where token.kind != .punctuation {
            #expect(
                piece.mayBeSalt == (piece.folded.hasSuffix("ate") || piece.folded.hasSuffix("ates")), "\(token.text)")
            let plural = token.kind == .word && token.lower.utf8.last == UInt8(ascii: "s")
            #expect(
                piece.singulars.isEmpty == !plural || Lexicon.singularForms(of: token.lower).isEmpty, "\(token.text)")
        }
    }

    @Test(
        "a local identifier's slug is the character-by-character slug",
        arguments: [
            "oxytocin release", "HPA axis", "IL-6 signalling", "  leading and trailing  ", "", "---", "a--b",
            "Crohn's disease", "5-HT(1A) receptor", "a\r\nb", "ABC_def.GHI", "TNF-α", "café au lait", "Σ-1",
            "x\u{301}y", "½ dose", "Ⅻ", "mixed ASCII and ü", "\t tab", "AZaz09@[`{",
        ])
    func localIdentifierSlug(name: String) {
        // The rule as written before the byte-level path.
        var slug = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        #expect(Entity.localIdentifier(for: name) == "LITGRAPH:" + (slug.isEmpty ? "unnamed" : slug))
    }
}
