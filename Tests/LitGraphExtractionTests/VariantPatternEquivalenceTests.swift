import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphExtraction

/// The hand-written matcher of each notation (``VariantPattern``, ``VariantProgram``) against the
/// Swift `Regex` it replaced (``VariantNotation/regexSource``): over any text, both find the same
/// matches, at the same offsets, with the same groups.
@Suite struct VariantPatternEquivalenceTests {
    /// Each match of the regex in `text`: its scalar range and every group that took part.
    static func regexMatches(_ notation: VariantNotation, _ regex: Regex<AnyRegexOutput>, in text: String) -> [String] {
        let scalars = text.unicodeScalars
        func offset(_ index: String.Index) -> Int { scalars.distance(from: scalars.startIndex, to: index) }
        return text.matches(of: regex).map { match in
            var groups: [String] = []
            for group in VariantCapture.allCases {
                guard let range = match.output[group.rawValue]?.range else { continue }
                groups.append("\(group.rawValue)=\(offset(range.lowerBound))..<\(offset(range.upperBound))")
            }
            let range = "\(offset(match.range.lowerBound))..<\(offset(match.range.upperBound))"
            return ([range] + groups).joined(separator: " ")
        }
    }

    /// Each match of the notation's program in `text`, written as ``regexMatches(_:_:in:)`` writes them.
    static func programMatches(_ notation: VariantNotation, in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var matcher = VariantProgram.Matcher()
        var found: [String] = []
        VariantProgram(notation.pattern).forEachMatch(in: scalars, bounds: 0..<scalars.count, matcher: &matcher) {
            range, matcher in
            var groups: [String] = []
            for group in VariantCapture.allCases {
                guard let range = matcher.range(of: group) else { continue }
                groups.append("\(group.rawValue)=\(range.lowerBound)..<\(range.upperBound)")
            }
            found.append((["\(range.lowerBound)..<\(range.upperBound)"] + groups).joined(separator: " "))
        }
        return found
    }

    /// Texts on the patterns' edges: each notation written right, and written nearly right.
    static let nearMisses = [
        "rs1", "rs12", "rs 12", "Rs12", "rs١٢", "p.R215", "p. R215W", "p.(R215W", "p.R215W)", "p.Arg215Ter",
        "p.E947Stop", "p.E947sto", "Arg215", "Arg 215 Trp", "Arg-215-Trp", "Arg215X", "Arg215*", "Argg215Trp",
        "R2W", "R21W", "R21567W", "R215678W", "R0215W", "B215W", "C262T", "R215x", "c.643C>T", "c.643 C > T",
        "643C->T", "643C-->T", "643C→T", "643C/T", "643C>", "c.643+1G>A", "c.643 +1 G>A", "IVS3+1G>A", "IVS3 + 1G>A",
        "IVS3G>A", "*42C>T", "r.12u>a", "n.12U>A", "m.3243A>G", "C-1228T", "C1228T", "c.C1228T", "g.A12G", "-12A",
        "c.1314_1328del", "c.1314_del", "657del5", "657 del5", "657delT", "1048delTT", "5382insC", "899dupC",
        "c.100delinsAG", "c.100delins", "del642T", "del642", "del T", "p.F508del", "F508del", "p.(F508del)",
        "p.G204_K247del", "Val624-Val625del", "p.Asp46_Gln48delinsGlu", "p.Asp46_Gln48delinsGluX", "ΔF508", "ΔF5",
        "deltaF508", "DeltaF508", "Δ32", "Δ 32", "Delta32", "delta32-", "Δ321", "Δ3", "V311fs", "p.G705RfsX16",
        "p.Arg58fs*", "p.A27fsX132", "p.(A27fs)", "V311f", "p.Arg104", "p.Arg104_", "p.Arg104a", "p.Arg104*",
        "p. Arg104", "glycine-594-valine", "glycine 594 to valine", "Glycine 594 by Valine", "glycine594valine",
        "aspartic acid 12 glutamic acid", "arginine to tryptophan at codon 198",
        "valine (Val) to alanine (Ala) substitution at amino acid 16", "alanine for proline at amino acid 286",
        "R to G mutation at position 76", "arginine to the tryptophan change in the residue 12",
        "Ser residue for Thr residue at the position 86", "arginine to tryptophan at", "arginine to tryptophan at x",
        "G-->C substitution at position 135", "C-to-G transition was identified at nucleotide 857",
        "G to C at codon 158", "(G>C) found in c.12", "A>G at -12", "A > G transversion detected at +3",
        "G to C at codon", "192Q/R", "19Q/R", "1Q/R", "192Q/", "32-bp deletion", "19-base pair deletion",
        "19 base-pairs insertion", "137-bp insertion", "33-bp genomic deletion", "12 basepairs duplication",
        "3 nucleotides deletion", "3 nt insertion", "3-bp  deletion", "dup27bp", "dup27", "(CCTTT)14", "(C)14",
        "(CCTTT) 14", "(ccttt)14", "T2D", "S1P", "E2F", "G6PD", "XR215W", "R215W,G12D", "rs1800896/rs1800871",
        "c.643C>T;c.644G>A", "p.R215W-p.G12D", "A\u{2009}>\u{2009}G", "c.643\u{00A0}C>T", "643C\u{301}>T",
        "R\u{301}215W", "Δ\u{2003}32", "R²¹⁵W", "rs¹²", "Arg\u{0663}15Trp",
    ]

    /// Every near miss, every example of ``VariantRecognitionTests`` and every edge of ``VariantScreeningTests``.
    static let texts = nearMisses + VariantRecognitionTests.examples.map(\.sentence) + VariantScreeningTests.edges

    @Test("the matcher finds what the regex found", arguments: texts)
    func matchesAsTheRegexDid(text: String) throws {
        for notation in VariantNotation.allCases {
            let expected = Self.regexMatches(notation, try notation.regex(), in: text)
            #expect(Self.programMatches(notation, in: text) == expected, "\(notation) in \(text)")
        }
    }

    @Test(
        "the matcher finds what the regex found in every BioRED train and dev document and around every variant",
        .enabled(if: PackagePaths.hasShared && FileManager.default.fileExists(atPath: Self.dev.path)))
    func matchesAsTheRegexDidInBioRED() throws {
        let regexes = try VariantNotation.allCases.map { ($0, try $0.regex()) }
        var texts: [String] = []
        for url in [VariantTrainingCorpusTests.train, Self.dev] {
            for document in try VariantTrainingCorpusTests.documents(url) {
                texts.append(document.text)
                for variant in document.variants { texts += Self.variations(of: variant.text) }
            }
        }
        var compared = 0
        var differences: [String] = []
        for text in texts {
            for (notation, regex) in regexes {
                let expected = Self.regexMatches(notation, regex, in: text)
                compared += expected.count
                if Self.programMatches(notation, in: text) != expected { differences.append("\(notation): \(text)") }
            }
        }
        #expect(compared > 5_000)
        #expect(differences.isEmpty, "\(differences.count) texts differ: \(differences.prefix(5))")
    }

    /// A variant as written and nearly so: cut at either end, spaced, in the other case, bracketed,
    /// and continued.
    static func variations(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func string(_ slice: some Sequence<Unicode.Scalar>) -> String {
            String(String.UnicodeScalarView(slice))
        }
        var result = [
            text, text.lowercased(), text.uppercased(), "(" + text + ")", text + "X", text + "1", "p." + text,
        ]
        if scalars.count > 1 {
            result += [string(scalars.dropFirst()), string(scalars.dropLast())]
            result.append(string(scalars.prefix(1)) + " " + string(scalars.dropFirst()))
            result.append(string(scalars.dropLast()) + " " + string(scalars.suffix(1)))
        }
        return result
    }

    static let dev = PackagePaths.shared("corpora/biored/Dev.PubTator")
}
