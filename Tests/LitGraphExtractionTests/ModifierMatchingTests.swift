import LitGraphExtraction
import LitGraphModel
import Testing

/// A chemical name that only modifies the noun after it is not a mention of the chemical.
@Suite struct ModifierMatchingTests {
    static func chemicals(_ text: String) -> [String] {
        sharedExtractor.annotate(Document(id: "d", title: "", abstract: text)).mentions
            .filter { $0.entity.category == .chemical }.map(\.text)
    }

    @Test(arguments: [
        "Receptor tyrosine kinase signalling was blocked.",
        "Serum creatine kinase was raised.",
        "Superoxide dismutase activity fell.",
        "Alanine aminotransferase (78 IU/L) was high.",
        "The cysteine proteases caspase-3 and caspase-9 were active.",
        "Thymidylate synthase expression predicted response.",
        "An arginine to tryptophan substitution at codon 215 was found.",
        "The mutation replaced asparagine 86 with serine.",
        "Glutamine repeats were expanded.",
    ])
    func modifiersAreNotChemicals(text: String) {
        #expect(Self.chemicals(text).isEmpty, "\(Self.chemicals(text))")
    }

    @Test(arguments: [
        ("Glutamine and glutamate levels fell.", ["Glutamine", "glutamate"]),
        ("Creatine supplementation improved strength.", ["Creatine"]),
        ("Tyrosine was given orally.", ["Tyrosine"]),
        ("Plasma arginine rose after the meal.", ["arginine"]),
    ])
    func theChemicalItselfIsStillFound(text: String, expected: [String]) {
        #expect(Self.chemicals(text) == expected)
    }
}
