import Testing

@testable import LitGraphReaders

@Suite("XML tokenizer")
struct XMLTokenizerTests {
    /// Every token of `xml`, fed in chunks of `chunkSize` bytes, with adjacent text merged.
    private func tokens(_ xml: String, chunkSize: Int = 7) throws -> [String] {
        var tokenizer = XMLTokenizer(source: MemoryByteSource(Array(xml.utf8), chunkSize: chunkSize), path: "t.xml")
        var result: [String] = []
        while let token = try tokenizer.next() {
            switch token {
            case .start(let tag):
                let attributes = tag.attributes.map { " \($0.name)=\($0.value)" }.joined()
                result.append("<\(tag.name)\(attributes)@\(tag.line)>")
            case .end(let name):
                result.append("</\(name)>")
            case .text(let text):
                if let last = result.last, last.hasPrefix("#") {
                    result[result.count - 1] = last + text
                } else {
                    result.append("#" + text)
                }
            }
        }
        return result
    }

    @Test("tags, attributes in both quotes, self-closing tags", arguments: [1, 3, 7, 4096])
    func tags(chunkSize: Int) throws {
        let xml = "<?xml version=\"1.0\"?>\n<a x = \"1 > 0\" y='two'>\n<b/><c z=\"&lt;&amp;\">t</c></a>\n"
        #expect(
            try tokens(xml, chunkSize: chunkSize) == [
                "<a x=1 > 0 y=two@2>", "#\n", "<b@3>", "</b>", "<c z=<&@3>", "#t", "</c>", "</a>",
            ]
        )
    }

    @Test("entities: predefined and numeric decoded, undefined kept")
    func entities() throws {
        let xml = "<a>&lt;&gt;&amp;&quot;&apos; &#956;&#x3B2;&#X41; &nbsp; &copy AT&T &#0;</a>"
        #expect(try tokens(xml) == ["<a@1>", "#<>&\"' μβ&#X41; &nbsp; &copy AT&T &#0;", "</a>"])
    }

    @Test("comments, processing instructions, CDATA and DOCTYPE with an internal subset")
    func declarations() throws {
        let xml = """
            <!DOCTYPE a SYSTEM "http://example.invalid/a.dtd" [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ATTLIST a b CDATA "x>y">
            ]>
            <!-- a <comment> -- here -->
            <a><?pi data?>x<![CDATA[<&xxe;>]]>y<!-- c -->&xxe;</a>
            """
        #expect(try tokens(xml) == ["<a@6>", "#x<&xxe;>y&xxe;", "</a>"])
    }

    @Test("line numbers count every line break")
    func lines() throws {
        let xml = "<a>\n<!--\n\n-->\n<b\n/>\n<![CDATA[\n]]>\n<c/></a>"
        #expect(try tokens(xml).filter { $0.hasPrefix("<") && !$0.hasPrefix("</") } == ["<a@1>", "<b@5>", "<c@9>"])
    }

    @Test("mismatched end tag names the line and the open element")
    func mismatched() throws {
        #expect(
            throws: ReadError.malformedXML(path: "t.xml", line: 3, detail: "</c> does not close <b> opened at line 2")
        ) {
            try tokens("<a>\n<b>\n</c></a>")
        }
    }

    @Test(
        "input ending inside an element is truncated", arguments: ["<a>\n<b>text", "<a>\n<b x=\"1", "<a>\n<b><!-- c"])
    func truncated(xml: String) throws {
        #expect(throws: ReadError.self) { try tokens(xml) }
        do {
            _ = try tokens(xml)
        } catch let error as ReadError {
            guard case .truncatedXML(_, let element, let line) = error else {
                Issue.record("expected truncatedXML, got \(error)")
                return
            }
            #expect(["a", "b"].contains(element))
            #expect(line >= 1)
        }
    }

    @Test(
        "other syntax errors", arguments: ["<a></a><b/>", "text<a/>", "<a b></a>", "<a b=c></a>", "</a>", "<!FOO><a/>"])
    func malformed(xml: String) throws {
        #expect(throws: ReadError.self) { try tokens(xml) }
    }
}
