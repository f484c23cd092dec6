import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Write throughput")
struct WriteThroughputTests {
    /// Synthetic documents: 8 sentences, 16 mentions and 6 relations each, over a pool of 500 entities.
    static func syntheticDocuments(count: Int) -> [AnnotatedDocument] {
        let entities = (0..<500).map { Entity(id: "MESH:D\(100_000 + $0)", name: "entity \($0)", category: .chemical) }
        return (0..<count).map { number in
            let words = (0..<8).map { sentence in
                (0..<2).map { "entity \((number * 7 + sentence * 13 + $0 * 31) % 500)" }
            }
            var builder = DocumentBuilder(
                id: "doc\(number)", title: "Title of document \(number) about \(words[0][0])",
                abstractSentences: (1..<8).map { "In this study \(words[$0][0]) strongly inhibits \(words[$0][1])." })
            for sentence in 1..<7 {
                let subject = entities[(number * 7 + sentence * 13) % 500]
                let object = entities[(number * 7 + sentence * 13 + 31) % 500]
                builder.relate(
                    (subject, words[sentence][0]), .negativelyRegulates, .negative, (object, words[sentence][1]),
                    trigger: "inhibits", sentence: sentence)
            }
            return builder.annotated
        }
    }

    @Test(
        "5,000 documents are written in batches (set LITGRAPH_BENCH=1 to run)",
        .enabled(if: ProcessInfo.processInfo.environment["LITGRAPH_BENCH"] == "1"))
    func throughput() throws {
        let directory = try TemporaryDirectory()
        let store = try GraphStore(path: directory.path("bench.sqlite"), mode: .readWrite)
        let documents = Self.syntheticDocuments(count: 5000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for start in stride(from: 0, to: documents.count, by: 500) {
                try store.transaction {
                    try store.write(Array(documents[start..<(start + 500)]))
                }
            }
        }
        let rewrite = try clock.measure { try store.write(documents) }
        let seconds = elapsed / .seconds(1)
        print(
            "wrote \(documents.count) documents in \(elapsed) (\(Int(Double(documents.count) / seconds))/s); "
                + "unchanged rewrite in \(rewrite); \(try store.statistics())")
        #expect(try store.statistics().documents == 5000)
        try expectConsistent(store)
    }
}
