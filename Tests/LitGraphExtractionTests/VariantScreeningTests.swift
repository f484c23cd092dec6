import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphExtraction

/// The cheap screening that decides which windows a variant pattern is run over: it may let a
/// window through wrongly, but must never keep out one where the pattern finds a variant (a match
/// the notation gives an identifier), or variants would be lost.
@Suite struct VariantScreeningTests {
    /// Texts written to sit on the screening's edges: Unicode spaces and digits where the patterns
    /// have `\s` and `\d`, long arrows, optional words.
    static let edges = [
        "A G\u{2009}>\u{2009}A change at position 12 was seen.", "The c.643 C\u{00A0}>\u{00A0}T change.",
        "A glycine\u{2009}594\u{2009}valine change.",
        "An arginine\u{00A0}to\u{00A0}tryptophan at codon 198.", "The 657\u{2009}del5 and 657\u{00A0}delT alleles.",
        "A G----->C substitution at position 135.",
        "A valine (Val) to the alanine (Ala) substitution at amino acid 16.",
        "An Alanine-to-Proline change in 286.", "An arginine ٥٥٥ to tryptophan change.", "The c.100delinsAG allele.",
        "The p.Asp46_Gln48delinsGlu allele.", "A C\u{3000}to\u{3000}G transversion was found in codon 12.",
        "The -107 C / T and 5'-UTR 12U>A changes.", "A G-to-C transition was identified at nucleotide 857.",
        "The aspartic acid-12-glutamic acid and glutamate 9 by aspartate changes.",
        "The residue Ser (S) residue for the threonine residue mutation at the position 86 was seen.",
    ]

    /// Example sentences of every notation (``VariantRecognitionTests``) and the edges above.
    static var texts: [String] {
        edges + VariantRecognitionTests.examples.map(\.sentence)
    }

    /// Whether the notation's pattern finds a variant in `text`: a match it gives an identifier.
    static func findsVariant(_ notation: VariantNotation, _ regex: Regex<AnyRegexOutput>, in text: String) -> Bool {
        text.matches(of: regex).contains { match in
            notation.identifier { name in match.output[name]?.substring.map(String.init) } != nil
        }
    }

    static func regex(_ notation: VariantNotation) throws -> Regex<AnyRegexOutput> {
        try notation.regex()
    }

    @Test("the screening lets through every text a pattern finds a variant in", arguments: VariantNotation.allCases)
    func screeningKeepsEveryVariant(notation: VariantNotation) throws {
        let regex = try Self.regex(notation)
        for text in Self.texts where Self.findsVariant(notation, regex, in: text) {
            #expect(notation.mayOccur(in: Array(text.unicodeScalars)[...]), "\(notation) screened out: \(text)")
        }
    }

    @Test("the presence test never keeps out a window the scan lets through", arguments: VariantNotation.allCases)
    func presenceTestIsOnlyANecessaryCondition(notation: VariantNotation) {
        let windows =
            Self.texts + [
                "Ala12", "ALA12", "AlA 12", "Arg\u{212A}1", "Lys-9", "e.g. C-12T", "(CA)12", "x/y 1", "1\u{0394}",
            ]
        for text in windows {
            let scalars = Array(text.unicodeScalars)
            for start in 0..<scalars.count {
                for end in stride(from: start + 1, through: scalars.count, by: 3) {
                    let window = scalars[start..<end]
                    if notation.passesScreening(window) {
                        #expect(
                            ScalarPresence(window).allows(notation),
                            "\(notation) refused: \(String(String.UnicodeScalarView(window)))")
                    }
                }
            }
        }
    }

    /// Windows on the edges of the literal scans (``contains``, the edit test, the residue endings
    /// and the nucleotide-before-sign test), with the answer the scans gave before they read the
    /// slice directly and refused most offsets on their first scalar.
    static let literalScans: [(VariantNotation, String, Bool)] = [
        (.deletionFirst, "del", true), (.deletionFirst, "xde", false), (.deletionFirst, "de l", false),
        (.deletionFirst, "ddel", true), (.frameshift, "V311fs", true), (.frameshift, "f s", false),
        (.frameshift, "f", false), (.lengthEdit, "a deletion of", true), (.lengthEdit, "deletio", false),
        (.lengthEdit, "insertion", true), (.lengthEdit, "insertio n", false), (.lengthEdit, "xdup", true),
        (.deltaResidue, "1\u{0394}F", true), (.deltaResidue, "delta", true), (.deltaResidue, "elt", false),
        (.nucleotideChangeAtPosition, "C>T at 12", true), (.nucleotideChangeAtPosition, "C>T at12", false),
        (.nucleotideChangeAtPosition, " in C>T", true), (.nucleotideChangeAtPosition, "C>T in", false),
        (.dnaEdit, "657del5", true), (.dnaEdit, "657 delT", true), (.dnaEdit, "657  del", false),
        (.dnaEdit, "del5", false), (.dnaEdit, "1ins", true), (.dnaEdit, "1dup", true), (.dnaEdit, "1idup", false),
        (.dnaEdit, "1\u{0660}del", true), (.proteinEdit, "F508del", true), (.proteinEdit, "508 del", false),
        (.proteinEdit, "9dux", false), (.namedSubstitution, "glycine 594", true),
        (.namedSubstitution, "aspartic acid-12", true), (.namedSubstitution, "glutamate\u{2009}9", true),
        (.namedSubstitution, "tryptophan 1", true), (.namedSubstitution, "glycine  594", false),
        (.namedSubstitution, "glycin 594", false), (.namedSubstitution, "acid", false),
        (.nucleotideFirstSubstitution, "C-12T", true), (.nucleotideFirstSubstitution, "T+1", true),
        (.nucleotideFirstSubstitution, "U-12", false), (.nucleotideFirstSubstitution, "A-x", false),
        (.nucleotideFirstSubstitution, "c.1", true), (.nucleotideFirstSubstitution, "a.1", false),
        (.oneLetterSubstitution, "R215W", true), (.oneLetterSubstitution, "r215w", false),
        (.oneLetterSubstitution, "in 12 of 45", false), (.threeLetterSubstitution, "Arg215Trp", true),
        (.threeLetterSubstitution, "arg215trp", false), (.threeLetterSubstitution, "Arg-2", true),
        (.dnaEdit, "1x", false), (.proteinEdit, "d", false),
    ]

    @Test("a window without an ASCII capital is refused by the presence test for the substitutions")
    func presenceNeedsACapitalForSubstitutions() {
        #expect(!ScalarPresence(Array("in 12 of 45 (27%) patients".unicodeScalars)[...]).allows(.oneLetterSubstitution))
        #expect(!ScalarPresence(Array("arg215trp".unicodeScalars)[...]).allows(.threeLetterSubstitution))
        #expect(ScalarPresence(Array("Z".unicodeScalars)[...]).hasCapital)
        #expect(ScalarPresence(Array("A".unicodeScalars)[...]).hasCapital)
        #expect(!ScalarPresence(Array("@[\u{00C9}".unicodeScalars)[...]).hasCapital)
    }

    @Test("the literal scans answer as before", arguments: literalScans)
    func literalScansAnswerAsBefore(notation: VariantNotation, text: String, expected: Bool) {
        let scalars = Array(text.unicodeScalars)
        #expect(notation.passesScreening(scalars[...]) == expected)
        // The same window inside a longer slice: offsets are read from the slice's start.
        let padded = Array("##".unicodeScalars) + scalars + Array("##".unicodeScalars)
        #expect(notation.passesScreening(padded[2..<(padded.count - 2)]) == expected)
    }

    @Test("the packed three-letter codes are the dictionary's three-letter keys")
    func threeLetterCodesMatchTheDictionary() {
        let keys = VariantNotation.oneLetterCodes.keys.filter { $0.utf8.count == 3 }
        #expect(VariantNotation.threeLetterCodes.count == keys.count)
        #expect(keys.count >= 21)
    }

    @Test("a three-letter substitution spaced with a Unicode space is screened out, as it always was")
    func threeLetterScreeningReadsOnlyASCIISpaces() throws {
        let text = "The Arg\u{2009}215\u{2009}Trp change."
        #expect(Self.findsVariant(.threeLetterSubstitution, try Self.regex(.threeLetterSubstitution), in: text))
        #expect(!VariantNotation.threeLetterSubstitution.mayOccur(in: Array(text.unicodeScalars)[...]))
    }

    @Test(
        "the screening lets through every BioRED training sentence a pattern finds a variant in",
        .enabled(
            if: PackagePaths.hasShared && FileManager.default.fileExists(atPath: VariantTrainingCorpusTests.train.path))
    )
    func screeningKeepsEveryVariantInTheTrainingCorpus() throws {
        let patterns = try VariantNotation.allCases.map { ($0, try Self.regex($0)) }
        var screenedOut: [String] = []
        var found = 0
        for document in try VariantTrainingCorpusTests.documents(VariantTrainingCorpusTests.train) {
            let scalars = Array(document.text.unicodeScalars)
            for sentence in SentenceSplitter().sentences(in: scalars, titleLength: 0)
            where sentence.text.unicodeScalars.contains(where: VariantNotation.isDigit) {
                let window = scalars[sentence.span.start..<sentence.span.end]
                for (notation, regex) in patterns where Self.findsVariant(notation, regex, in: sentence.text) {
                    found += 1
                    if !notation.mayOccur(in: window) { screenedOut.append("\(notation): \(sentence.text)") }
                }
            }
        }
        #expect(found > 500)
        #expect(screenedOut.isEmpty, "\(screenedOut.prefix(5))")
    }
}
