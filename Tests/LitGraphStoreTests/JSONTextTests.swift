import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Metadata JSON")
struct JSONTextTests {
    static let hostile = [
        "", "Journal Article", "quote \" backslash \\ slash /", "tab\tnewline\ncr\r", "\u{1}\u{8}\u{C}\u{1F}\u{7F}",
        "β-endorphin µ 催产素 🧬 e\u{301}", "\u{2028}\u{2029}",
    ]

    @Test("string arrays are written exactly as JSONEncoder writes them and read back unchanged")
    func strings() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = JSONText.array(Self.hostile)
        #expect(try JSONDecoder().decode([String].self, from: Data(text.utf8)) == Self.hostile)
        #expect(text == String(decoding: try encoder.encode(Self.hostile), as: UTF8.self))
        #expect(JSONText.array([String]()) == "[]")
    }

    @Test("MeSH headings are written in their Codable form and read back unchanged")
    func headings() throws {
        let headings = Self.hostile.enumerated().map {
            MeshHeading(descriptorID: "D\($0.offset)", name: $0.element, isMajorTopic: $0.offset.isMultiple(of: 2))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = JSONText.array(headings)
        #expect(try JSONDecoder().decode([MeshHeading].self, from: Data(text.utf8)) == headings)
        #expect(text == String(decoding: try encoder.encode(headings), as: UTF8.self))
        #expect(JSONText.array([MeshHeading]()) == "[]")
    }
}
