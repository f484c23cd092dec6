import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphTestSupport
import Testing

/// The recogniser against BioRED's training split (never the development split, which is kept for
/// reporting): how many annotated variants it reproduces exactly, span and identifier, and how
/// many of its variants no annotation covers.
@Suite struct VariantTrainingCorpusTests {
    /// One annotated variant mention.
    struct GoldVariant {
        var span: TextSpan
        var text: String
        var id: String
    }

    /// The documents of a PubTator file: their text and annotated variants.
    static func documents(_ url: URL) throws -> [(text: String, variants: [GoldVariant])] {
        var result: [(text: String, variants: [GoldVariant])] = []
        var title = ""
        for line in try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline) {
            let bars = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
            if bars.count == 3, bars[1] == "t" {
                title = String(bars[2])
            } else if bars.count == 3, bars[1] == "a" {
                result.append((title + " " + bars[2], []))
            } else {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 6, fields[4] == "SequenceVariant", let start = Int(fields[1]),
                    let end = Int(fields[2]), !result.isEmpty
                else { continue }
                let id = fields[5].hasPrefix("rs") ? "dbSNP:" + fields[5] : "tmVar:" + fields[5]
                result[result.count - 1].variants.append(
                    GoldVariant(span: TextSpan(start: start, end: end), text: fields[3], id: id))
            }
        }
        return result
    }

    @Test(
        "reproduces BioRED train's variants written in text",
        .enabled(if: PackagePaths.hasShared && FileManager.default.fileExists(atPath: Self.train.path)))
    func reproduction() throws {
        var gold = 0
        var written = 0
        var reproduced = 0
        var found = 0
        var unannotated: [String] = []
        let recognizer = VariantRecognizer()
        for document in try Self.documents(Self.train) {
            let variants = recognizer.variants(in: document.text)
            found += variants.count
            for variant in document.variants {
                gold += 1
                if !variant.id.hasPrefix("dbSNP:") || variant.text.hasPrefix("rs") { written += 1 }
                if variants.contains(where: { $0.span == variant.span && $0.id == variant.id }) { reproduced += 1 }
            }
            for variant in variants where !document.variants.contains(where: { $0.span.overlaps(variant.span) }) {
                unannotated.append("\(variant.text)=\(variant.id)")
            }
        }
        print("variants: \(gold) annotated, \(written) with an identifier derivable from the text")
        print(
            "reproduced: \(reproduced) (\(reproduced * 100 / max(gold, 1))% of all, \(reproduced * 100 / max(written, 1))% of derivable)"
        )
        print("found: \(found), of which not annotated: \(unannotated.count): \(unannotated.sorted())")
        #expect(reproduced * 100 >= written * 65)
        #expect(unannotated.count * 100 <= found * 10)
    }

    static let train = PackagePaths.shared("corpora/biored/Train.PubTator")
}
