import LitGraphModel
import Testing

@testable import LitGraphExtraction

/// The shortcuts for matches already in order against the sorting they skip.
@Suite struct MatchOrderTests {
    static func match(_ tokens: Range<Int>, _ id: String) -> EntityRecognizer.Match {
        EntityRecognizer.Match(tokens: tokens, entity: Entity(id: id, name: id, category: .chemical))
    }

    static let a = match(0..<1, "a")
    static let b = match(2..<4, "b")
    static let c = match(5..<6, "c")
    static let d = match(2..<3, "d")

    @Test(
        "merging keeps the preferred matches and the others they do not overlap, in order",
        arguments: [
            ([], [a, b, c]), ([], [c, a, b]), ([], [b, d]), ([], [d, b]), ([], []), ([], [a]), ([d], [a, b, c]),
            ([c], [a, b]), ([a, c], [b]), ([b], [a, d, c]),
        ] as [([EntityRecognizer.Match], [EntityRecognizer.Match])])
    func merge(preferred: [EntityRecognizer.Match], others: [EntityRecognizer.Match]) {
        // The merge as written before the shortcut.
        let kept = others.filter { other in !preferred.contains { $0.tokens.overlaps(other.tokens) } }
        let expected = (preferred + kept).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        #expect(AnnotationMatcher.merge(preferred: preferred, others: others) == expected)
    }

    @Test(
        "matches are in strict order exactly when their first tokens strictly increase",
        arguments: [
            ([], true), ([a], true), ([a, b, c], true), ([a, c, b], false), ([b, d], false), ([d, b], false),
            ([a, a], false),
        ] as [([EntityRecognizer.Match], Bool)])
    func strictOrder(matches: [EntityRecognizer.Match], expected: Bool) {
        #expect(AnnotationMatcher.isInStrictOrder(matches) == expected)
    }

    @Test("mentions are in strict order exactly when their spans strictly increase")
    func mentionOrder() {
        let entity = Entity(id: "x", name: "x", category: .chemical)
        func mention(_ start: Int, _ end: Int) -> Mention {
            Mention(entity: entity, span: TextSpan(start: start, end: end), text: "x")
        }
        #expect(Extractor.isInStrictOrder([]))
        #expect(Extractor.isInStrictOrder([mention(0, 2), mention(0, 3), mention(4, 5)]))
        #expect(!Extractor.isInStrictOrder([mention(0, 2), mention(0, 2)]))
        #expect(!Extractor.isInStrictOrder([mention(4, 5), mention(0, 2)]))
        #expect(!Extractor.isInStrictOrder([mention(0, 3), mention(0, 2)]))
    }
}
