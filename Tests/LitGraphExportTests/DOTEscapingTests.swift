import LitGraphExport
import Testing

@Suite("DOT escaping")
struct DOTEscapingTests {
    @Test(
        "IDs are quoted, backslash escaped before quote, everything else kept",
        arguments: [
            ("MESH:D010121", #""MESH:D010121""#),
            ("IL-6", #""IL-6""#),
            ("5-HT", #""5-HT""#),
            ("node", #""node""#),
            ("strict", #""strict""#),
            (#"a"b"#, #""a\"b""#),
            (#"a\b"#, #""a\\b""#),
            (#"end\"#, #""end\\""#),
            (#"\""#, #""\\\"""#),
            ("β é 中", #""β é 中""#),
            ("", #""""#),
        ]
    )
    func quotedID(input: String, expected: String) {
        #expect(DOTEscaping.quotedID(input) == expected)
    }

    @Test(
        "IDs carry no character XML forbids (Graphviz copies them into SVG titles): C0 controls as pictures",
        arguments: [
            ("MESH:C\u{1B}[31m\t\n1", "\"MESH:C␛[31m\t\n1\""),
            ("nul\u{0}bell\u{7}vt\u{B}ff\u{C}", "\"nul␀bell␇vt␋ff␌\""),
            ("del\u{7F} csi\u{9B} bidi\u{202E}", "\"del\u{7F} csi\u{9B} bidi\u{202E}\""),
            ("\u{FFFE}\u{FFFF}", "\"\u{FFFD}\u{FFFD}\""),
        ]
    )
    func quotedIDControls(input: String, expected: String) {
        #expect(DOTEscaping.quotedID(input) == expected)
    }

    @Test(
        "escStrings render literally: no \\N expansion, entities kept, control characters dropped",
        arguments: [
            ("oxytocin", #""oxytocin""#),
            (#"say "hi""#, #""say \"hi\"""#),
            (#"C:\Net"#, #""C:\\Net""#),
            (#"\N \G \L \E \T \H"#, #""\\N \\G \\L \\E \\T \\H""#),
            (#"trailing\"#, #""trailing\\""#),
            ("two\nlines", #""two\nlines""#),
            ("crlf\r\nline", #""crlf\nline""#),
            ("tab\there", #""tab here""#),
            ("bell\u{7}nul\u{0}del\u{7F}c1\u{85}", #""bellnuldelc1""#),
            ("A & B &beta;", #""A &amp; B &amp;beta;""#),
            ("a<b>c ]]>", #""a<b>c ]]>""#),
            ("β-endorphin é 中", #""β-endorphin é 中""#),
        ]
    )
    func quotedEscString(input: String, expected: String) {
        #expect(DOTEscaping.quotedEscString(input) == expected)
    }

    @Test(
        "HTML-like label text is XML-escaped",
        arguments: [
            ("plain", "plain"),
            ("A & B", "A &amp; B"),
            ("<B>", "&lt;B&gt;"),
            (#"say "hi" 'there'"#, "say &quot;hi&quot; &apos;there&apos;"),
            ("]]>", "]]&gt;"),
            ("&amp;", "&amp;amp;"),
            ("two\nlines\ttab\u{1}", "two lines tab"),
            ("β 中", "β 中"),
        ]
    )
    func htmlText(input: String, expected: String) {
        #expect(DOTEscaping.htmlText(input) == expected)
    }

    @Test("HTML-like text can keep line breaks inside table cells")
    func htmlLineBreaks() {
        #expect(DOTEscaping.htmlText("a\nb", lineBreaks: true) == "a<BR/>b")
    }
}
