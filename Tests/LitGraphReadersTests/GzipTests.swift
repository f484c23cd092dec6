import LitGraphModel
import LitGraphReaders
import Testing

@Suite("Gzip inputs")
struct GzipTests {
    /// Two gzip members: "Oxytocin and stress.\n\nOxytocin reduces " + "cortisol in healthy adults.\n".
    static let twoMembers: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xf3, 0xaf, 0xa8, 0x2c, 0xc9, 0x4f, 0xce, 0xcc,
        0x53, 0x48, 0xcc, 0x4b, 0x51, 0x28, 0x2e, 0x29, 0x4a, 0x2d, 0x2e, 0xd6, 0xe3, 0xe2, 0xf2, 0x87, 0x89, 0x16,
        0xa5, 0xa6, 0x94, 0x26, 0xa7, 0x16, 0x2b, 0x00, 0x00, 0x3e, 0x02, 0xd8, 0x53, 0x27, 0x00, 0x00, 0x00, 0x1f,
        0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x4b, 0xce, 0x2f, 0x2a, 0xc9, 0x2c, 0xce, 0xcf, 0x51,
        0xc8, 0xcc, 0x53, 0xc8, 0x48, 0x4d, 0xcc, 0x29, 0xc9, 0xa8, 0x54, 0x48, 0x4c, 0x29, 0xcd, 0x29, 0x29, 0xd6,
        0xe3, 0x02, 0x00, 0x0e, 0xc8, 0x63, 0x03, 0x1c, 0x00, 0x00, 0x00,
    ]

    @Test("multi-member gzip is read whole, detected by magic bytes not by name", arguments: ["a.gz", "a.txt"])
    func multiMember(name: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write(name, bytes: Self.twoMembers)
        let document = try #require(try DocumentReader().documents(in: InputFile(path: path)).first)
        #expect(document.title == "Oxytocin and stress.")
        #expect(document.abstract == "Oxytocin reduces cortisol in healthy adults.")
    }

    @Test("NUL padding after the last member is ignored")
    func zeroPadding() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("padded.gz", bytes: Self.twoMembers + [UInt8](repeating: 0, count: 512))
        let document = try #require(try DocumentReader().documents(in: InputFile(path: path)).first)
        #expect(document.abstract == "Oxytocin reduces cortisol in healthy adults.")
    }

    @Test("gzipped PubMed XML equals the plain file", .enabled(if: Fixtures.hasShared))
    func gzippedEqualsPlain() throws {
        let plain = try DocumentReader().documents(
            in: InputFile(path: Fixtures.shared("formats/pubmed-xml/test_current_medline.xml"))
        )
        let gzipped = try DocumentReader().documents(
            in: InputFile(path: Fixtures.shared("formats/pubmed-xml/test_current_medline.xml.gz"))
        )
        #expect(!plain.isEmpty)
        #expect(plain.map(\.id) == gzipped.map(\.id))
        #expect(plain.map(\.abstract) == gzipped.map(\.abstract))
    }
}
