import LitGraphExtraction
import LitGraphModel
import Testing

/// Matching against the whole built-in lexicon (MeSH, supplementary concepts, HGNC, curated overlay).
@Suite struct LexiconMatchingTests {
    static func mentions(_ text: String) -> [String] {
        sharedExtractor.annotate(Document(id: "d", title: "", abstract: text)).mentions.map {
            "\($0.text)=\($0.entity.id)"
        }
    }

    @Test(arguments: [
        // Plurals and case-insensitive names.
        ("oxytocin receptors", "NCBIGene:5021"),
        ("breast neoplasms", "MESH:D001943"),
        ("Breast Neoplasms", "MESH:D001943"),
        ("psychotherapies", "MESH:D011613"),
        ("hemoglobins", "MESH:D006454"),
        ("tumours", "MESH:D009369"),
        // Greek letters, both ways.
        ("TNF-α", "NCBIGene:7124"),
        ("TNF-alpha", "NCBIGene:7124"),
        ("TNFα", "NCBIGene:7124"),
        ("ERβ", "NCBIGene:2100"),
        ("estrogen receptor beta", "NCBIGene:2100"),
        ("17β-estradiol", "MESH:D004958"),
        ("17-beta-estradiol", "MESH:D004958"),
        // Hyphen, space, slash and other Unicode dash variants.
        ("hypothalamic-pituitary-adrenal axis", "MESH:D010913"),
        ("hypothalamic pituitary adrenal axis", "MESH:D010913"),
        ("hypothalamic/pituitary/adrenal axis", "MESH:D010913"),
        ("IL\u{2010}6", "NCBIGene:3569"),
        ("interleukin 6", "NCBIGene:3569"),
        // British spellings, by rule.
        ("oestrogen", "MESH:D004967"),
        ("social behaviour", "MESH:D012919"),
        ("breast tumour", "MESH:D001943"),
        ("haemoglobin", "MESH:D006454"),
        // Accents and apostrophes.
        ("Sjögren syndrome", "MESH:D012859"),
        ("Sjogren's syndrome", "MESH:D012859"),
        // Symbols, supplementary concepts, gene versus chemical names.
        ("BRCA1", "NCBIGene:672"),
        ("INS", "NCBIGene:3630"),
        ("insulin", "NCBIGene:3630"),
        ("bevonium", "MESH:C000002"),
        ("Alzheimer disease", "MESH:D000544"),
    ])
    func matches(_ example: (String, String)) {
        #expect(Self.mentions(example.0) == ["\(example.0)=\(example.1)"])
    }

    @Test(arguments: [
        "brca1", "oxtr", "CAT", "MET", "SET", "IMPACT", "AIM", "ADD", "PC", "Water", "Humans", "Proteins", "Time",
        "Methods", "disease", "plasma", "hormones",
    ])
    func filteredTermsDoNotMatch(_ text: String) {
        #expect(Self.mentions(text).isEmpty, "\(text) should be filtered out")
    }

    @Test func longestMatchWinsAcrossSources() {
        #expect(Self.mentions("breast cancer") == ["breast cancer=MESH:D001943"])
        #expect(Self.mentions("estrogen receptor alpha") == ["estrogen receptor alpha=NCBIGene:2099"])
        #expect(Self.mentions("plasma levels of cortisol") == ["cortisol=MESH:D006854"])
    }

    @Test func curatedNamesAreKeptAndMeSHNamesBecomeSynonyms() {
        let lexicon = sharedExtractor.lexicon
        #expect(lexicon.entity(named: "breast cancer")?.name == "breast cancer")
        #expect(lexicon.entity(named: "Breast Neoplasms")?.id == "MESH:D001943")
        #expect(lexicon.entity(named: "oxytocin")?.name == "oxytocin")
        #expect(lexicon.entities.count > 150_000)
    }
}
