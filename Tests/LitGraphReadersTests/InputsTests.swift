import LitGraphModel
import LitGraphReaders
import Testing

@Suite("Input expansion")
struct InputsTests {
    @Test("folders expand to regular non-hidden files, recursively, sorted by path")
    func folderExpansion() throws {
        let folder = try ScratchFolder()
        try folder.write("b.txt", text: "B\n\nB.")
        try folder.write("a/z.xml", text: "<PubmedArticleSet/>")
        try folder.write("a/.hidden", text: "x")
        try folder.write(".secret/c.txt", text: "x")
        let single = try folder.write("single.txt", text: "S\n\nS.")
        let inputs = try DocumentReader().inputs(for: [single, folder.path, "-"])
        #expect(
            inputs.map(\.path) == [single, folder.path + "/a/z.xml", folder.path + "/b.txt", single, "-"]
        )
        #expect(inputs.last?.displayName == "standard input")
        #expect(inputs.last?.isStandardInput == true)
    }

    @Test("format names are the command-line spellings")
    func formatNames() {
        #expect(InputFormat.allCases.map(\.rawValue).prefix(3) == ["auto", "text", "pubmed-xml"])
    }

    @Test("forced text format reads XML as text")
    func forcedText() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("x.xml", text: "<b>Title</b>\n\nSome abstract text here.")
        let document = try #require(try DocumentReader(format: .text).documents(in: InputFile(path: path)).first)
        #expect(document.title == "<b>Title</b>")
    }
}
