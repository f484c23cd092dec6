import Foundation
import LitGraphReaders
import Testing

@Suite("Bad input: one distinct error each, never a crash")
struct BadInputTests {
    private func readError(_ path: String, format: InputFormat = .auto) -> ReadError? {
        do {
            _ = try DocumentReader(format: format).documents(in: InputFile(path: path))
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            return nil
        }
    }

    @Test("missing file, found before anything is read")
    func missingFile() throws {
        let folder = try ScratchFolder()
        let good = try folder.write("good.txt", text: "Title\n\nAbstract.")
        let missing = folder.path + "/nope.xml"
        #expect(throws: ReadError.missingFile(path: missing)) {
            try DocumentReader().inputs(for: [good, missing])
        }
        #expect(
            ReadError.missingFile(path: missing).description == "\(missing): no such file or folder; check the path")
    }

    @Test("folder with no readable files")
    func emptyFolder() throws {
        let folder = try ScratchFolder()
        try folder.write(".hidden.txt", text: "Title\n\nAbstract.")
        try folder.write(".git/config.txt", text: "Title\n\nAbstract.")
        #expect(throws: ReadError.emptyFolder(path: folder.path)) {
            try DocumentReader().inputs(for: [folder.path])
        }
    }

    @Test("empty or white-space-only file", arguments: ["", "  \n\t\r\n", "\u{FEFF}\n "])
    func emptyFile(text: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("empty.txt", text: text)
        #expect(readError(path) == .emptyFile(path: path))
    }

    @Test("a file holding only a PMID line is empty")
    func onlyPMID() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("pmid.txt", text: "PMID: 123\n")
        #expect(readError(path) == .emptyFile(path: path))
    }

    @Test("binary file: NUL byte in the first 8 KiB")
    func binaryFile() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(readError(path) == .binaryFile(path: path, offset: 8))
    }

    /// Bad bytes and the offset the error must name.
    static let invalidUTF8Cases: [([UInt8], Int)] = [
        (Array("Title\n\nAbc ".utf8) + [0xE9] + Array(" def.".utf8), 11),  // Latin-1 é
        (Array("<a>xy".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8), 5),  // UTF-16 surrogate
        (Array("Title\n\nText ".utf8) + [0xC0, 0xAF], 12),  // overlong
        (Array("Title\n\nText ".utf8) + [0xE2, 0x82], 12),  // cut at the end
    ]

    @Test("invalid UTF-8 names the byte offset", arguments: invalidUTF8Cases)
    func invalidUTF8(bytes: [UInt8], offset: Int) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("latin1.txt", bytes: bytes)
        #expect(readError(path) == .invalidUTF8(path: path, offset: offset))
    }

    @Test("UTF-16 is reported as not UTF-8, not as binary")
    func utf16() throws {
        let folder = try ScratchFolder()
        let littleEndian: [UInt8] = "Title".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), 0] }
        let path = try folder.write("utf16.txt", bytes: [0xFF, 0xFE] + littleEndian)
        #expect(readError(path) == .invalidUTF8(path: path, offset: 0))
    }

    @Test("invalid UTF-8 deep in a large file", .enabled(if: Fixtures.hasShared))
    func invalidUTF8Late() throws {
        let folder = try ScratchFolder()
        var bytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: Fixtures.shared("formats/pubmed-xml/medline16n0902.xml"))))
        let offset = try #require(bytes.lastIndex(of: UInt8(ascii: "e")))
        bytes[offset] = 0xFF
        let path = try folder.write("bad.xml", bytes: bytes)
        #expect(readError(path) == .invalidUTF8(path: path, offset: offset))
    }

    @Test("truncated XML names the unclosed element and its line")
    func truncatedXML() throws {
        let folder = try ScratchFolder()
        let xml =
            "<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n<PMID>1</PMID>\n<Article>\n<AbstractText>Oxyt"
        let path = try folder.write("cut.xml", text: xml)
        let error = readError(path)
        #expect(error == .truncatedXML(path: path, element: "AbstractText", openedAtLine: 6))
        #expect(
            error?.description
                == "\(path):6: truncated XML (unclosed <AbstractText> opened at line 6); "
                + "nothing from this file was stored — re-download it"
        )
    }

    @Test("truncated shared file", .enabled(if: Fixtures.hasShared))
    func truncatedSharedXML() throws {
        let folder = try ScratchFolder()
        let bytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: Fixtures.shared("formats/pubmed-xml/test_current_medline.xml"))))
        let path = try folder.write("cut.xml", bytes: Array(bytes.prefix(bytes.count / 2)))
        guard case .truncatedXML = readError(path) else {
            Issue.record("expected truncatedXML for \(path)")
            return
        }
    }

    @Test("malformed XML: mismatched tag with its line")
    func malformedXML() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("bad.xml", text: "<PubmedArticleSet>\n<PubmedArticle>\n</PubmedArticleSet>")
        let expected = ReadError.malformedXML(
            path: path,
            line: 3,
            detail: "</PubmedArticleSet> does not close <PubmedArticle> opened at line 2"
        )
        #expect(readError(path) == expected)
        #expect(expected.description.hasPrefix("\(path):3: malformed XML"))
    }

    @Test("truncated gzip: the shared .gz cut in half", .enabled(if: Fixtures.hasShared))
    func truncatedGzip() throws {
        let folder = try ScratchFolder()
        let bytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: Fixtures.shared("formats/pubmed-xml/medline16n0902.xml.gz"))))
        let half = Array(bytes.prefix(bytes.count / 2))
        let path = try folder.write("half.xml.gz", bytes: half)
        let error = readError(path)
        #expect(error == .truncatedGzip(path: path, compressedBytes: half.count))
        #expect(error?.description == "\(path): truncated gzip stream after \(half.count) bytes; re-download the file")
    }

    @Test("corrupt gzip")
    func corruptGzip() throws {
        let folder = try ScratchFolder()
        var bytes = GzipTests.twoMembers
        for index in 12..<30 { bytes[index] ^= 0x5A }
        let path = try folder.write("corrupt.gz", bytes: bytes)
        guard case .corruptGzip(let errorPath, _, _) = readError(path) else {
            Issue.record("expected corruptGzip")
            return
        }
        #expect(errorPath == path)
    }

    @Test("not PubMed XML", .enabled(if: Fixtures.hasShared))
    func notPubMed() throws {
        let path = Fixtures.shared("formats/pubmed-xml/tipplerow_pubmed/mesh_desc_sample.xml")
        let error = readError(path)
        #expect(error == .unsupportedXML(path: path, root: "DescriptorRecordSet"))
        #expect(error?.description.contains("not a PubMed file") == true)
    }

    @Test("every description is one line naming the input")
    func oneLineDescriptions() {
        let errors: [ReadError] = [
            .missingFile(path: "p"), .unreadableFile(path: "p", reason: "r"), .emptyFolder(path: "p"),
            .emptyFile(path: "p"), .binaryFile(path: "p", offset: 1), .invalidUTF8(path: "p", offset: 1),
            .truncatedGzip(path: "p", compressedBytes: 1), .corruptGzip(path: "p", compressedOffset: 1, detail: "d"),
            .truncatedXML(path: "p", element: "e", openedAtLine: 1), .malformedXML(path: "p", line: 1, detail: "d"),
            .unsupportedXML(path: "p", root: "r"), .missingPMID(path: "p", line: 1),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("p:") || error.description.hasPrefix("p"))
            #expect(!error.description.contains("\n"))
        }
        #expect(Set(errors.map(\.description)).count == errors.count)
    }
}
