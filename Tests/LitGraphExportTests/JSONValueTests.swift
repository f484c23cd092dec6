import LitGraphExport
import Testing

@Suite("Ordered JSON writer")
struct JSONValueTests {
    @Test(
        "strings are escaped per RFC 8259; slash and non-ASCII are written as they are",
        arguments: [
            ("plain", #""plain""#),
            (#"q"uote"#, #""q\"uote""#),
            (#"back\slash"#, #""back\\slash""#),
            ("a/b", #""a/b""#),
            ("nl\ncr\rtab\t", #""nl\ncr\rtab\t""#),
            ("\u{8}\u{C}", #""\b\f""#),
            ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
            ("\u{7F}", "\"\u{7F}\""),
            ("β é 中 😀", #""β é 中 😀""#),
            ("\u{2028}", "\"\u{2028}\""),
        ]
    )
    func quoting(input: String, expected: String) {
        #expect(JSONValue.quoted(input) == expected)
    }

    @Test("objects keep member order; nesting indents by two spaces; output ends with a newline")
    func layout() {
        let value = JSONValue.object([
            ("z", .int(-1)),
            ("a", .array([.bool(true), .null, .object([("k", .string("v"))])])),
            ("empty_array", .array([])),
            ("empty_object", .object([])),
        ])
        let expected = """
            {
              "z": -1,
              "a": [
                true,
                null,
                {
                  "k": "v"
                }
              ],
              "empty_array": [],
              "empty_object": {}
            }

            """
        #expect(value.serialized() == expected)
    }

    @Test("values compare member by member, in order")
    func equality() {
        let left = JSONValue.object([("a", .int(1)), ("b", .int(2))])
        #expect(left == .object([("a", .int(1)), ("b", .int(2))]))
        #expect(left != .object([("b", .int(2)), ("a", .int(1))]))
    }
}
