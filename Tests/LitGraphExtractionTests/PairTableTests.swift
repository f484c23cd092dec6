import Testing

@testable import LitGraphExtraction

/// ``PairTable``, square or hashed, pinned against the `Set` and `Dictionary` bookkeeping it
/// replaces in ``PairCandidates/forEachCandidate(_:_:)``, on sequences of pairs that repeat,
/// reverse and revisit pairs.
@Suite struct PairTableTests {
    /// One step: add an item to a pair (`true`) or only list it (`false`).
    typealias Step = (one: Int, other: Int, adds: Bool)

    static let sequences: [(entityCount: Int, steps: [Step])] = [
        (1, []), (2, [(0, 1, true), (1, 0, true), (0, 1, false)]),
        (3, [(2, 0, false), (0, 2, true), (1, 2, true), (0, 1, false), (2, 1, true)]),
        (5, (0..<40).map { ($0 % 5, ($0 * 3 + 1) % 5, $0 % 3 != 0) }.filter { $0.0 != $0.1 }),
        (200, (0..<300).map { ($0 % 200, ($0 * 7 + 3) % 200, $0 % 4 != 0) }.filter { $0.0 != $0.1 }),
    ]

    @Test(arguments: sequences.indices)
    func listsAsTheSetAndDictionaryDid(index: Int) {
        let (count, steps) = Self.sequences[index]
        // The replaced bookkeeping.
        var pairs: [(Int, Int)] = []
        var listed = Set<Int>()
        var items: [Int: [Int]] = [:]
        for (step, (one, other, adds)) in steps.enumerated() {
            let key = min(one, other) << 32 | max(one, other)
            if listed.insert(key).inserted { pairs.append((one, other)) }
            if adds { items[key, default: []].append(step) }
        }
        for dense in [true, false] {
            var table = PairTable<Int>(entityCount: count, dense: dense)
            for (step, (one, other, adds)) in steps.enumerated() {
                if adds { table.add(step, to: one, other) } else { table.list(one, other) }
            }
            #expect(table.pairs.map { [$0.0, $0.1] } == pairs.map { [$0.0, $0.1] })
            #expect(table.items == pairs.map { items[min($0.0, $0.1) << 32 | max($0.0, $0.1)] ?? [] })
        }
    }

    @Test func theSquareTableServesFewEntities() {
        #expect(PairTable<Int>.denseLimit == 128)
    }
}
