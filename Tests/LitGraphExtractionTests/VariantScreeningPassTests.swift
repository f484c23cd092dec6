import Testing

@testable import LitGraphExtraction

/// The one-pass screening of every notation (``VariantScreeningPass``) pinned against the
/// per-notation screening it replaces (``VariantNotation/passesScreening(_:)``).
@Suite struct VariantScreeningPassTests {
    /// Every notation's bit.
    static let all = VariantNotation.bits(VariantNotation.allCases)

    /// Texts on the tests' edges and near misses: one scalar short of a test, or a test split by
    /// the window's end.
    static let nearMisses = [
        "rs12", "rs1", "r s12", "rsx", "p.R215W", "p .R", "p", "C>T at 12", "C>T at12", "C -> T in 5", "C-->", "U>A",
        "T > ", "A to G at codon 12", "G-to-C", "arginine to tryptophan at codon 198", "R to G mutation at position 76",
        "x to y at 1", "657del5", "657 delT", "657  del", "del5", "1ins", "1dup", "1idup", "F508del", "508 del",
        "del642T", "de l", "\u{0394}F508", "deltaF508", "Delta32", "elt", "V311fs", "f s", "glycine-594-valine",
        "glycine  594", "glycin 594", "aspartic acid 333 by", "tryptophan 1", "acid-", "192Q/R", "1Q/", "19/",
        "32-bp deletion", "137-bp insertion", "deletio", "insertio n", "dup27bp", "(CCTTT)14", ")x", "R215W", "r215w",
        "R2", "Arg215Trp", "Arg-2", "Arg 2", "arg215", "Abc12", "C-1228T", "T+1", "U-12", "c.1", "g.", "a.1",
        "A\u{2009}to\u{2009}G in 3", "a\u{3000}to\u{3000}b", "\u{00E9}", "1\u{0660}del", "(T) to (A) in",
        "leucine\t12", "Ser (S) residue for the threonine residue at the position 86",
    ]

    /// The sentences of ``VariantScreeningTests`` and the near misses.
    static var texts: [String] { nearMisses + VariantScreeningTests.texts }

    @Test("one pass answers as the per-notation screening, for every window of the text", arguments: texts)
    func onePassAnswersAsEachNotation(text: String) {
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in stride(from: start + 1, through: scalars.count, by: 2) {
                let window = scalars[start..<end]
                let passing = VariantScreeningPass.passing(window, among: Self.all)
                for notation in VariantNotation.allCases {
                    let expected = notation.passesScreening(window)
                    let written = String(String.UnicodeScalarView(window))
                    #expect((passing & notation.bit != 0) == expected, "\(notation): \(written)")
                    #expect(
                        (VariantScreeningPass.passing(window, among: notation.bit) != 0) == expected,
                        "\(notation) alone: \(written)")
                }
            }
        }
    }

    @Test("one pass answers the literal scans as before", arguments: VariantScreeningTests.literalScans)
    func onePassAnswersTheLiteralScans(notation: VariantNotation, text: String, expected: Bool) {
        let padded = Array("##".unicodeScalars) + Array(text.unicodeScalars) + Array("##".unicodeScalars)
        let window = padded[2..<(padded.count - 2)]
        #expect((VariantScreeningPass.passing(window, among: Self.all) & notation.bit != 0) == expected)
    }

    @Test("only the wanted notations are answered")
    func onlyWantedNotationsAreAnswered() {
        let window = Array("rs1800896 and p.R215W".unicodeScalars)[...]
        #expect(VariantScreeningPass.passing(window, among: VariantNotation.dbSNP.bit) == VariantNotation.dbSNP.bit)
        #expect(VariantScreeningPass.passing(window, among: VariantNotation.frameshift.bit) == 0)
        #expect(VariantScreeningPass.passing(window, among: 0) == 0)
    }

    /// ``ScalarPresence/allows(_:)`` as it read each literal's bytes at every call.
    static func allowsByBytes(_ present: ScalarPresence, _ notation: VariantNotation) -> Bool {
        switch notation {
        case .dbSNP: return present.containsAll("rs")
        case .prefixedProteinSubstitution, .proteinAllele: return present.containsAll("p.")
        case .dnaSubstitution:
            // An arrow `>`, `/` or `→`.
            return present.contains(UInt8(ascii: ">")) || present.contains(UInt8(ascii: "/")) || present.hasNonASCII
        case .nucleotideChangeAtPosition, .namedSubstitutionAtPosition:
            return present.containsAll(" at ") || present.containsAll(" in ")
        case .dnaEdit, .proteinEdit:
            return present.containsAll("del") || present.containsAll("ins") || present.containsAll("dup")
        case .deletionFirst: return present.containsAll("del")
        case .deltaResidue, .deltaLength: return present.hasNonASCII || present.containsAll("elta")
        case .frameshift: return present.containsAll("fs")
        case .namedSubstitution:
            return present.containsAll("ine") || present.containsAll("acid") || present.containsAll("ate")
                || present.containsAll("phan")
        case .slashedProteinSubstitution: return present.contains(UInt8(ascii: "/"))
        case .lengthEdit:
            return present.containsAll("deletion") || present.containsAll("insertion") || present.containsAll("dup")
        case .repeatCount: return present.contains(UInt8(ascii: ")"))
        case .oneLetterSubstitution, .threeLetterSubstitution:
            // Both screenings start at an ASCII capital.
            return present.hasCapital
        case .nucleotideFirstSubstitution:
            // `c.` or `g.`, or a nucleotide right before a sign.
            return present.containsAll("c.") || present.containsAll("g.") || present.containsAll("A-")
                || present.containsAll("C-")
                || present.containsAll("G-") || present.containsAll("T-") || present.containsAll("A+")
                || present.containsAll("C+")
                || present.containsAll("G+") || present.containsAll("T+")
        }
    }

    @Test("the presence test reads its literals' presences as it read their bytes", arguments: texts)
    func presenceAnswersAsByBytes(text: String) {
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in stride(from: start + 1, through: scalars.count, by: 2) {
                let present = ScalarPresence(scalars[start..<end])
                for notation in VariantNotation.allCases {
                    #expect(present.allows(notation) == Self.allowsByBytes(present, notation), "\(notation): \(text)")
                }
                let expected = VariantNotation.bits(VariantNotation.allCases.filter { present.allows($0) })
                #expect(present.allowed(among: Self.all) == expected)
            }
        }
    }

    /// What may follow a scalar in a window: the rest of every test's literal or context.
    static let followers = [
        "", "s12", ".1", "del", "dup", "ins", "insertion", "deletion", "elta", "s", "ine 1", "cid 1", "te-1", "han 1",
        " to A", " at ", " in ", "-to-T", "to Ala", "12", "1/", "A/", ">T", "rg12", "\u{2192}G", "+1", "-1",
    ]

    @Test("no test starts at a scalar the one-pass screening skips", arguments: 0..<0x300)
    func skippedScalarsStartNoTest(value: Int) throws {
        let scalar = try #require(Unicode.Scalar(UInt32(value)))
        guard !VariantScreeningPass.mayStartTest(scalar) else { return }
        for follower in Self.followers {
            for before in ["", "1", "A", " ", "e"] {
                let text = Array((before + String(scalar) + follower).unicodeScalars)[...]
                let offset = before.unicodeScalars.count
                #expect(VariantScreeningPass.testsMet(in: text, at: offset) == 0, "U+\(String(value, radix: 16))")
            }
        }
    }
}
