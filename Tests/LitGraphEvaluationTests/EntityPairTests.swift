import LitGraphEvaluation
import Testing

@Suite("Unordered entity pairs")
struct EntityPairTests {
    @Test func orderDoesNotMatter() throws {
        let pair = try #require(EntityPair("D1", "5021"))
        #expect(pair == EntityPair("5021", "D1"))
        #expect(pair.first == "5021" && pair.second == "D1")
        #expect(pair.description == "5021 – D1")
    }

    @Test func anIdentifierIsNoPairWithItself() {
        #expect(EntityPair("D1", "D1") == nil)
        #expect(EntityPair.pairs("MESH:D1", "d1").isEmpty)
    }

    @Test(arguments: [
        ("MESH:D004409,D006948", "NCBIGene:5021", ["5021 – D004409", "5021 – D006948"]),
        ("D007674|D008107", "D1", ["D007674 – D1", "D008107 – D1"]),
        ("p|SUB|R|215|W", "1234", ["1234 – P|SUB|R|215|W"]),
        ("D1;D2", "D2", ["D1 – D2"]),
        ("-", "D1", []),
    ])
    func compositesGiveOnePairPerPart(one: String, other: String, expected: [String]) {
        #expect(EntityPair.pairs(one, other).map(\.description).sorted() == expected)
    }
}
