import LitGraphExtraction
import LitGraphModel
import Testing

@Suite struct LexiconTests {
    static let lexicon = sharedExtractor.lexicon

    static func mentions(_ text: String) -> [String] {
        sharedExtractor.annotate(Document(id: "d", title: "", abstract: text)).mentions.map {
            "\($0.text)=\($0.entity.id)"
        }
    }

    @Test(arguments: [
        ("hypothalamic-pituitary-adrenal axis", "MESH:D010913"),
        ("hypothalamic pituitary adrenal axis", "MESH:D010913"),
        ("HPA axis", "MESH:D010913"),
        ("Oxytocin receptors", "NCBIGene:5021"),
        ("OXTR", "NCBIGene:5021"),
        ("ESR1", "NCBIGene:2099"),
        ("ERα", "NCBIGene:2099"),
        ("estrogen receptor alpha", "NCBIGene:2099"),
        ("ESR2", "NCBIGene:2100"),
        ("AVP", "NCBIGene:551"),
        ("oestrogen", "MESH:D004967"),
        ("social behaviour", "MESH:D012919"),
        ("5-HT", "MESH:D012701"),
        ("5-hydroxytryptamine", "MESH:D012701"),
        ("psychotherapies", "MESH:D011613"),
        ("TNF-α", "NCBIGene:7124"),
        ("TNF-alpha", "NCBIGene:7124"),
    ])
    func matchesVariants(_ example: (String, String)) {
        #expect(Self.mentions(example.0) == ["\(example.0)=\(example.1)"])
    }

    @Test func symbolsAreCaseSensitiveAndWordsAreNot() {
        #expect(Self.mentions("oxtr and avp").isEmpty)
        #expect(Self.mentions("OXYTOCIN") == ["OXYTOCIN=MESH:D010121"])
    }

    @Test func longestMatchWins() {
        #expect(Self.mentions("breast cancer") == ["breast cancer=MESH:D001943"])
        #expect(Self.mentions("oxytocin release") == ["oxytocin release=LITGRAPH:oxytocin-release"])
        #expect(Self.mentions("oxytocin, release") == ["oxytocin=MESH:D010121"])
    }

    @Test func everyEntryHasACategoryAndGroundedOnesAnIdentifier() {
        #expect(Self.lexicon.entities.count >= 100)
        for entity in Self.lexicon.entities where entity.isGrounded {
            #expect(entity.id.hasPrefix("MESH:D") || entity.id.hasPrefix("MESH:C") || entity.id.hasPrefix("NCBIGene:"))
        }
    }

    @Test func badLexiconsAreRejectedWithTheLine() {
        #expect(throws: LexiconError.self) { try Lexicon(tsv: "nonsense\n", source: "x.tsv") }
        do {
            _ = try Lexicon(tsv: "id\tname\tcategory\tsynonyms\nMESH:D1\tfoo\tplanet\t\n", source: "x.tsv")
            Issue.record("an unknown category was accepted")
        } catch {
            #expect("\(error)".hasPrefix("x.tsv:2: unknown category 'planet'"))
        }
    }
}
