import Foundation
import LitGraphTestSupport
import Testing

/// Every query command on ``HostileCorpus`` in every report format: machine formats stay valid
/// (JSON, JSON Lines), rectangular (CSV read by Python's strict reader, TSV) and give the exact
/// values back; tables, on a terminal or not, and messages on standard error carry no control
/// character or bidirectional override from the data.
@Suite struct HostileReportCommandTests {
    /// A query command's arguments, without `--db` and `--format`.
    static let commands: [[String]] = [
        ["query", HostileCorpus.bidirectional.identifier, "--direction", "both"],
        ["neighbors", HostileCorpus.bidirectional.identifier, "--hops", "3"],
        ["path", "javascript:alert(4)", HostileCorpus.bidirectional.identifier],
        ["evidence", HostileCorpus.bidirectional.identifier, HostileCorpus.sql.text],
        ["search", "bell OR DROP OR script"],
        ["entities", "i"],
        ["conflicts"],
        ["stats"],
    ]

    /// Runs `litgraph arguments --db DATABASE`.
    func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        let built = try #require(HostileInputCommandTests.built)
        return try built.litgraph.run(arguments + ["--db", built.database])
    }

    /// Whether a terminal would act on `scalar`: C0 controls but newline, DEL, C1 controls,
    /// bidirectional formatting characters, line and paragraph separators.
    static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    @Test("every report format stays valid and rectangular, and TSV and CSV give back JSON's text", arguments: commands)
    func machineFormats(command: [String]) throws {
        let json = try run(command + ["--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let parsed = try JSONFile(json.standardOutput)
        let records = parsed.array.isEmpty ? [parsed.root] : parsed.array.compactMap { $0 as? [String: Any] }
        #expect(command == ["conflicts"] || !records.isEmpty)
        let lines = try run(command + ["--format", "jsonl"]).standardOutput.split(separator: "\n")
        #expect(try lines.map { try JSONFile(String($0)).root.count } == records.map(\.count))

        let csv = try run(command + ["--format", "csv"])
        let csvPath = try #require(HostileInputCommandTests.built).directory.path("\(command[0]).csv")
        try csv.standardOutput.write(toFile: csvPath, atomically: false, encoding: .utf8)
        let csvRows = try HostileInputCommandTests().strictCSV(csvPath)
        let header = try #require(csvRows.first)
        #expect(csvRows.allSatisfy { $0.count == header.count }, "CSV is not rectangular")

        let tsv = try run(command + ["--format", "tsv"]).standardOutput
        #expect(tsv.hasSuffix("\n"))
        let tsvRows = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unescapedTSV(String($0)) } }
        #expect(tsvRows.allSatisfy { $0.count == header.count }, "TSV is not rectangular")
        #expect(tsvRows.first == header)
        #expect(csvRows.count == records.count + 1 && tsvRows.count == records.count + 1)
        for (index, record) in records.enumerated() where index + 1 < min(csvRows.count, tsvRows.count) {
            for (column, name) in header.enumerated() {
                guard let text = record[name] as? String else { continue }
                #expect(csvRows[index + 1][column] == text, "CSV \(name)")
                #expect(tsvRows[index + 1][column] == text, "TSV \(name)")
            }
        }
    }

    /// A Linear TSV cell decoded: `\\`, `\t`, `\n`, `\r`.
    static func unescapedTSV(_ cell: String) -> String {
        var result = ""
        var escaping = false
        for character in cell {
            if escaping {
                result += ["t": "\t", "n": "\n", "r": "\r", "\\": "\\"][character] ?? "\\\(character)"
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test("tables hold no control character or bidirectional override from the data", arguments: commands)
    func tables(command: [String]) throws {
        let table = try run(command + ["--format", "table"])
        #expect(table.status == 0, "\(table.standardError)")
        let found = table.standardOutput.unicodeScalars.filter(Self.actsOnTerminal)
        #expect(found.isEmpty, "\(found.map { String($0.value, radix: 16) })")
    }

    @Test("the data's ESC, BEL and bidirectional overrides show visibly in a table with and without colour")
    func tableShowsControls() throws {
        let plain = try run(["neighbors", HostileCorpus.bidirectional.identifier, "--hops", "3", "--format", "table"])
        #expect(plain.standardOutput.contains("red␛[31m bell␇ vt␋ ff␌ nul␀ del␡ csi<U+009B> tab here cr lf end"))
        #expect(plain.standardOutput.contains("bidi<U+202E>gnp.exe <U+2066>iso<U+2069>"))
        let coloured = try run([
            "evidence", HostileCorpus.bidirectional.identifier, HostileCorpus.sql.text, "--color", "always", "--format",
            "table",
        ])
        let escapes = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*m")
        let text = coloured.standardOutput
        let sequences = escapes.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        #expect(!sequences.isEmpty)
        let ours: Set<String> = ["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[32m", "\u{1B}[31m", "\u{1B}[1;36m", "\u{1B}[1;33m"]
        #expect(Set(sequences).isSubset(of: ours), "\(Set(sequences).subtracting(ours))")
        let remaining = escapes.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        #expect(!remaining.unicodeScalars.contains(where: Self.actsOnTerminal))
    }

    @Test(
        "on a real terminal the default table neither clears nor recolours the screen",
        .enabled(if: CommandRunner.canUsePseudoTerminal))
    func onTerminal() throws {
        let built = try #require(HostileInputCommandTests.built)
        let outcome = try built.litgraph.runInTerminal(
            ["search", "bell OR DROP", "--db", built.database], environment: ["NO_COLOR": "1", "TERM": "xterm"])
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.unicodeScalars.contains(where: Self.actsOnTerminal))
        #expect(outcome.standardOutput.contains("hostile-3␛[2J␛[H"))
    }

    @Test("an error naming hostile text is one inert line on standard error")
    func errorLine() throws {
        let outcome = try run(["query", "no\u{1B}[2J such\u{7}\u{202E}\nname"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasSuffix("\n"))
        #expect(outcome.standardError.dropLast().unicodeScalars.allSatisfy { !Self.actsOnTerminal($0) && $0 != "\n" })
        #expect(outcome.standardError.contains(#""no␛[2J such␇<U+202E> name""#), "\(outcome.standardError)")
    }

    @Test("a build's notes about hostile input (a dropped annotation) are inert lines on standard error")
    func buildNotes() throws {
        let built = try #require(HostileInputCommandTests.built)
        let annotation =
            #"{"id": "1", "infons": {"type": "Gene", "identifier": "NCBIGene:1"}, "#
            + #""text": "x\u001b[31m\nnew line\u202e\u0007", "locations": [{"offset": 0, "length": 3}]}"#
        let collection =
            #"{"documents": [{"id": "bad\u001b[2J", "passages": [{"infons": {"type": "title"}, "#
            + #""offset": 0, "text": "A title.", "annotations": [\#(annotation)]}]}]}"#
        let input = try built.directory.write(collection, to: "notes.json")
        let outcome = try built.litgraph.run(["build", input, "--db", built.directory.path("notes.sqlite")])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        // The reader writes the controls it quotes as escapes; the terminal layer shows the
        // bidirectional override it leaves.
        #expect(outcome.standardError.contains(#"bad\u{1B}[2J"#), "\(outcome.standardError)")
        #expect(
            outcome.standardError.contains(#"x\u{1B}[31m\u{A}new line<U+202E>\u{7}"#), "\(outcome.standardError)")
        #expect(!outcome.standardError.unicodeScalars.contains(where: Self.actsOnTerminal))
    }

    @Test("SQL fragments are data: searched, resolved and listed, never run; the database is unchanged")
    func sqlFragments() throws {
        let before = try run(["stats", "--format", "json"]).standardOutput
        let fragment = HostileCorpus.sql.text
        let search = try run(["search", fragment])
        #expect(search.status == 65 && search.standardError.contains("not a valid full-text query"))
        let literal = try run(["search", fragment, "--literal", "--format", "json"])
        #expect(try JSONFile(literal.standardOutput).array.count == 2)
        let query = try run(["query", fragment, "--direction", "both", "--format", "json"])
        #expect(try JSONFile(query.standardOutput).array.count == 2)
        let entities = try run(["entities", "DROP TABLE", "--format", "json"])
        let found = try JSONFile(entities.standardOutput).array.compactMap {
            ($0 as? [String: Any])?["name"] as? String
        }
        #expect(found == [fragment])
        #expect(try run(["stats", "--format", "json"]).standardOutput == before)
    }
}
