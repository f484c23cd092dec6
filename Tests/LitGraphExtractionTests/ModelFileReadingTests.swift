import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphExtraction

/// The relation model and the compiled lexicon are read from their bytes; they must read exactly
/// what `Double` and the string-level readers would.
@Suite struct ModelFileReadingTests {
    static let header = "litgraph-relation-model\t1\t0.5\tnone,association,positive,negative\n"

    @Test(arguments: [
        "0.123456", "-0.123456", "-0.000000", "12.500000", "1e-3", "+0.5", "0.1234567890123456789", "7", "-3.",
        ".25", "123456789012.345", "0.000001", "-99.999999",
    ])
    func weightsReadAsDoubleReadsThem(number: String) throws {
        let model = try RelationModel(tsv: Self.header + "f\t\(number)\t0\t1.5\t-2.25\n", source: "model.tsv")
        let expected = try #require(Double(number))
        let weight = try #require(model.weights["f"]?.first)
        #expect(weight.bitPattern == expected.bitPattern)
    }

    @Test func commentsCarriageReturnsAndBadNumbersAreReadAsBefore() throws {
        let model = try RelationModel(
            tsv: "# comment\n\n" + Self.header + "#\u{301}x\t1\t2\t3\t4\n", source: "model.tsv")
        #expect(model.weights["#\u{301}x"] == [1, 2, 3, 4])
        #expect(throws: TrainedFileError.self) {
            try RelationModel(tsv: Self.header.replacingOccurrences(of: "\n", with: "\r\n"), source: "m.tsv")
        }
        #expect(throws: TrainedFileError.self) {
            try RelationModel(tsv: Self.header + "f\t1\tone\t3\t4\n", source: "m.tsv")
        }
    }

    @Test func theBuiltInModelReadsAsStringsReadIt() throws {
        let path = PackagePaths.package("Sources/LitGraphExtraction/Resources/relation-model.tsv")
        let text = try String(contentsOf: path, encoding: .utf8)
        var expected: [String: [Double]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("litgraph") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            expected[String(columns[0])] = columns.dropFirst().compactMap { Double($0) }
        }
        let model = try RelationModel(tsv: text, source: "relation-model.tsv")
        #expect(model.weights.count > 10000)
        #expect(model.weights == expected)
    }
}

/// The row reader finds the columns in one pass; a row is read, or refused, exactly as splitting
/// it at tabs reads it.
@Suite struct ModelRowReadingTests {
    @Test(arguments: [
        "f\t1\t2\t3\t4", "f\t1\t2\t3", "f\t1\t2\t3\t4\t5", "f\t1\t\t3\t4", "f\t1\t2\t3\t", "f", "\t1\t2\t3\t4",
        "f g\t-0.5\t0.25\t1e2\t.5", "f\t1\t2\t3\t4\t", "f\t\t\t\t",
    ])
    func aRowReadsAsSplittingItAtTabsReadsIt(row: String) {
        let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
        let values = columns.dropFirst().compactMap { Double($0) }
        let expected = columns.count == 5 && values.count == 4 ? [String(columns[0]): values] : nil
        let model = try? RelationModel(tsv: ModelFileReadingTests.header + row + "\n", source: "m.tsv")
        #expect(model?.weights == expected)
    }

    @Test func aNonASCIINameEqualToAnASCIIFeatureFindsItsRow() throws {
        // U+212A KELVIN SIGN is canonically equivalent to "K": Swift's strings compare equal.
        let index = FeatureIndex(["bw=K": [1, 2, 3, 4], "bias": [0, 0, 0, 1]], classCount: 4)
        let row = try #require(index.row("bw=", "K"))
        #expect(index.row("bw=", "\u{212A}") == row)
        #expect(index.row("bw=", "\u{212A}x") == nil)
        #expect(index.row("bw=", "k") == nil)
    }
}
