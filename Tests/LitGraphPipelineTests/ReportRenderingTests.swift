import Foundation
import LitGraphModel
import LitGraphPipeline
import Testing

/// How a `Report` prints in each format, cell by cell: escaping, headers, lists, marks, colour.
@Suite struct ReportRenderingTests {
    /// A one-column report holding `value`.
    func single(_ value: Report.Value, column: String = "cell") -> Report {
        Report(columns: [column], rows: [[value]])
    }

    @Test(
        "tables show the data's control characters and bidirectional overrides visibly; machine formats keep them",
        arguments: [
            ("red\u{1B}[31mx", "red␛[31mx"), ("bell\u{7} vt\u{B} ff\u{C} nul\u{0}", "bell␇ vt␋ ff␌ nul␀"),
            ("tab\there\r\nend", "tab here  end"), ("del\u{7F} csi\u{9B}", "del␡ csi<U+009B>"),
            ("a\u{202E}b\u{2066}c\u{2069}\u{200F}\u{2028}", "a<U+202E>b<U+2066>c<U+2069><U+200F><U+2028>"),
            ("β 中文 \\ \" ok", "β 中文 \\ \" ok"),
        ])
    func terminalText(raw: String, shown: String) throws {
        #expect(TerminalText.visible(raw) == shown)
        #expect(single(.text(raw)).rendered(as: .table, style: ReportStyle(includesHeader: false)) == shown + "\n")
        let marked = Report.Value.marked(raw, [TextMark(span: TextSpan(start: 0, end: 1), kind: .argument)])
        let table = single(marked).rendered(as: .table, style: ReportStyle(includesHeader: false))
        #expect(table.hasSuffix(String(shown.dropFirst()) + "\n"))
        let json = try JSONSerialization.jsonObject(with: Data(single(.text(raw)).rendered(as: .json).utf8))
        #expect((json as? [[String: String]])?.first?["cell"] == raw)
    }

    @Test(
        "CSV quotes a field holding a comma, a quote, CR or LF, doubling its quotes (RFC 4180)",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("line\nbreak", "\"line\nbreak\""), ("cr\r", "\"cr\r\""), ("tab\tstays", "tab\tstays"), ("", ""),
            ("β-endorphin é 中文 <&>", "β-endorphin é 中文 <&>"),
        ])
    func csvField(_ text: String, _ field: String) {
        #expect(single(.text(text)).rendered(as: .csv) == "cell\r\n\(field)\r\n")
    }

    @Test(
        "TSV escapes backslash, tab, newline and carriage return (Linear TSV)",
        arguments: [
            ("plain", "plain"), ("a\tb", "a\\tb"), ("a\nb", "a\\nb"), ("a\rb", "a\\rb"), (#"C:\N"#, #"C:\\N"#),
            ("\"quoted\", <&>", "\"quoted\", <&>"),
        ])
    func tsvField(_ text: String, _ field: String) {
        #expect(single(.text(text)).rendered(as: .tsv) == "cell\n\(field)\n")
    }

    @Test("--no-header drops the header row of table, tsv and csv only")
    func noHeader() {
        let report = Report(columns: ["a", "b"], rows: [[.int(1), .bool(true)]])
        let style = ReportStyle(includesHeader: false)
        #expect(report.rendered(as: .tsv, style: style) == "1\tyes\n")
        #expect(report.rendered(as: .csv, style: style) == "1,yes\r\n")
        #expect(report.rendered(as: .table, style: style) == "1  yes\n")
        #expect(report.rendered(as: .jsonl, style: style) == "{\"a\":1,\"b\":true}\n")
    }

    @Test("typed values: lists, missing values, rounded numbers, flags")
    func values() {
        let report = Report(
            columns: ["list", "missing", "number", "flag"],
            rows: [[.list(["123", "a|b"]), .missing, .number(0.123456), .bool(false)]])
        #expect(report.rendered(as: .tsv) == "list\tmissing\tnumber\tflag\n123|a|b\t\t0.1235\tno\n")
        #expect(
            report.rendered(as: .jsonl)
                == "{\"list\":[\"123\",\"a|b\"],\"missing\":null,\"number\":0.1235,\"flag\":false}\n")
        let json = try? JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [[String: Any]]
        #expect(json?.first?["list"] as? [String] == ["123", "a|b"])
    }

    @Test("no rows: a header in table, tsv and csv, [] in JSON, nothing in JSON Lines")
    func empty() {
        let report = Report(columns: ["a"], rows: [])
        #expect(report.rendered(as: .table) == "a\n")
        #expect(report.rendered(as: .json) == "[]\n")
        #expect(report.rendered(as: .jsonl) == "")
        #expect(report.rendered(as: .csv, style: ReportStyle(includesHeader: false)) == "")
        #expect(report.isEmpty)
    }

    @Test("JSON Lines escape what JSON must and keep slashes and non-ASCII letters")
    func jsonLines() throws {
        let text = "a \"b\" \\ c\n\t\u{1} https://x/ β"
        let line = single(.text(text)).rendered(as: .jsonl)
        #expect(line == "{\"cell\":\"a \\\"b\\\" \\\\ c\\n\\t\\u0001 https://x/ β\"}\n")
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        #expect(object?["cell"] == text)
    }

    @Test("tables: marks in brackets, or colour alone; machine formats print the text unmarked")
    func marks() {
        let marks = [
            TextMark(span: TextSpan(start: 0, end: 8), kind: .argument),
            TextMark(span: TextSpan(start: 9, end: 18), kind: .trigger),
            TextMark(span: TextSpan(start: 19, end: 25), kind: .argument),
            TextMark(span: TextSpan(start: 3, end: 3), kind: .hit),
            TextMark(span: TextSpan(start: 20, end: 99), kind: .hit),
        ]
        let report = single(.marked("Oxytocin increases trust.", marks), column: "sentence")
        #expect(report.rendered(as: .table) == "sentence\n[Oxytocin] {increases} [trust.]\n")
        #expect(report.rendered(as: .tsv) == "sentence\nOxytocin increases trust.\n")
        let coloured = report.rendered(as: .table, style: ReportStyle(usesColor: true))
        #expect(
            coloured
                == "\u{1B}[1msentence\u{1B}[0m\n\u{1B}[1;36mOxytocin\u{1B}[0m \u{1B}[1;33mincreases\u{1B}[0m "
                + "\u{1B}[1;36mtrust.\u{1B}[0m\n")
    }

    @Test("overlapping marks nest their brackets and re-apply colour where one ends inside another")
    func overlappingMarks() {
        let marks = [
            TextMark(span: TextSpan(start: 0, end: 10), kind: .argument),
            TextMark(span: TextSpan(start: 0, end: 4), kind: .trigger),
        ]
        let report = single(.marked("X-induced Y", marks), column: "s")
        #expect(report.rendered(as: .table, style: ReportStyle(includesHeader: false)) == "[{X-in}duced ]Y\n")
    }

    @Test("tables align wide characters by the columns they take and never end a line in spaces")
    func alignment() {
        let report = Report(
            columns: ["name", "n", "last"],
            rows: [[.text("中文"), .int(1), .missing], [.text("abcd"), .int(22), .text("x")]])
        #expect(report.rendered(as: .table) == "name  n   last\n中文  1\nabcd  22  x\n")
    }

    @Test("signs are green and red in coloured tables, plain elsewhere")
    func signs() {
        let report = Report(
            columns: ["polarity"], rows: [[.text("positive")], [.text("negative")], [.text("unknown")]],
            signColumns: ["polarity"])
        let coloured = report.rendered(as: .table, style: ReportStyle(includesHeader: false, usesColor: true))
        #expect(coloured == "\u{1B}[32mpositive\u{1B}[0m\n\u{1B}[31mnegative\u{1B}[0m\nunknown\n")
        #expect(report.rendered(as: .csv, style: ReportStyle(usesColor: true)).contains("\u{1B}") == false)
    }

    @Test("machine-only columns are left out of tables")
    func machineOnly() {
        let report = Report(columns: ["a", "offset"], rows: [[.text("x"), .int(3)]], machineOnlyColumns: ["offset"])
        #expect(report.rendered(as: .table) == "a\nx\n")
        #expect(report.rendered(as: .tsv) == "a\toffset\nx\t3\n")
    }

    @Test(
        "colour: auto only on a terminal, NO_COLOR unset or empty, TERM not dumb; always and never decide alone",
        arguments: [
            (ColorMode.auto, true, [String: String](), true),
            (.auto, false, [:], false),
            (.auto, true, ["NO_COLOR": "1"], false),
            (.auto, true, ["NO_COLOR": ""], true),
            (.auto, true, ["TERM": "dumb"], false),
            (.auto, true, ["TERM": "xterm"], true),
            (.always, false, ["NO_COLOR": "1", "TERM": "dumb"], true),
            (.never, true, [:], false),
        ])
    func colorMode(_ mode: ColorMode, _ isTerminal: Bool, _ environment: [String: String], _ expected: Bool) {
        #expect(mode.usesColor(isTerminal: isTerminal, environment: environment) == expected)
    }
}
