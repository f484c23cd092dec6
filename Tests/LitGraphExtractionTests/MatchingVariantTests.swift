import LitGraphExtraction
import LitGraphModel
import Testing

/// Written variants the recognizer tries when a run's own keys miss (EntityRecognizer+Variants,
/// EntityRecognizer+Ions), against the built-in lexicon.
@Suite struct MatchingVariantTests {
    static func mentions(_ text: String) -> [String] {
        sharedExtractor.annotate(Document(id: "d", title: "", abstract: text)).mentions.map {
            "\($0.text)=\($0.entity.id)"
        }
    }

    @Test(arguments: [
        // A symbol's number written apart with a hyphen or touching the word.
        ("We measured CASP-9 levels.", "CASP-9=NCBIGene:842"),
        ("We measured IRS-1 levels.", "IRS-1=NCBIGene:3667"),
        // Gene symbols in mixed case, inside a sentence; a capitalised one without a digit only in
        // a rodent document, where it is the rodent gene (or the human one the table lacks).
        ("We measured mTOR levels.", "mTOR=NCBIGene:2475"),
        ("We measured hOGG1 levels.", "hOGG1=NCBIGene:4968"),
        ("We measured Akt levels in rats.", "Akt=NCBIGene:24185"),
        ("We measured Bax levels in mice and in one patient.", "Bax=NCBIGene:581"),
        // Anions and salts for their acids.
        ("We measured glutamate levels.", "glutamate=MESH:D018698"),
        ("We measured Valproate levels.", "Valproate=MESH:D014635"),
        ("We measured urate levels.", "urate=MESH:D014527"),
        // Cations with their charge.
        ("We measured Ca2+ levels.", "Ca2+=MESH:D002118"),
        ("We measured Ca(2+) levels.", "Ca(2+)=MESH:D002118"),
        ("We measured Na(+) levels.", "Na(+)=MESH:D012964"),
        ("We measured K+ levels.", "K+=MESH:D011188"),
    ])
    func variantMatches(_ example: (String, String)) {
        #expect(Self.mentions(example.0) == [example.1])
    }

    @Test(arguments: [
        // A title-case word at the start of a sentence is not read as a gene symbol.
        "Mice were treated.",
        // A capitalised word without a digit is not a gene symbol outside rodent documents.
        "We measured Akt levels in patients.",
        "Proc Natl Acad Sci USA.",
        // All lower case is not a symbol.
        "We measured bax levels.",
        // A common English word is not a symbol in any case.
        "We measured Water levels.",
        // An element symbol without a charge, or with a charge set apart, is no ion.
        "We measured K levels.",
        "We measured Na + levels.",
        // Only a chemical reading is taken for -ate.
        "We estimate it.",
    ])
    func variantsDoNotOvermatch(_ text: String) {
        #expect(Self.mentions(text).isEmpty, "\(text) should have no mention")
    }

    @Test func aGeneSymbolDefinedByAnEnzymeNameIsTheGene() {
        let text = "Tryptophan hydroxylase (TPH) makes serotonin. TPH is inhibited by the drug."
        let tph = Self.mentions(text).filter { $0.hasPrefix("TPH") || $0.hasPrefix("Tryptophan") }
        #expect(tph == ["Tryptophan hydroxylase=NCBIGene:7166", "TPH=NCBIGene:7166", "TPH=NCBIGene:7166"])
    }

    @Test func aChemicalDefinedByAChemicalNameStaysAChemical() {
        let mentions = Self.mentions("Methotrexate (MTX) was given. MTX was tolerated.")
        #expect(mentions.allSatisfy { $0.hasSuffix("=MESH:D008727") } && mentions.count == 3)
    }
}
