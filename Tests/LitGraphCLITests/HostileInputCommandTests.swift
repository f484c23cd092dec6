import Foundation
import LitGraphTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// ``HostileCorpus`` built by the binary through the real BioC JSON reader, extractor and store,
/// then exported in every format and queried in every report format: every output stays valid
/// in its format, gives the names back (exactly, or as the format documents), and is inert — no
/// script in the SVG, no shell syntax from the data, nothing that acts on a terminal.
@Suite struct HostileInputCommandTests {
    /// The corpus built once, for every test.
    struct Built: Sendable {
        let directory: TemporaryDirectory
        let database: String
        let litgraph: CommandRunner
        let build: CommandRunner.Outcome

        init() throws {
            directory = try TemporaryDirectory()
            database = directory.path("hostile.sqlite")
            litgraph = try CommandRunner.litgraph()
            let input = try directory.write(HostileCorpus.bioCJSON, to: "hostile.json")
            build = try litgraph.run(["build", input, "--db", database])
        }
    }

    static let built = try? Built()

    /// `python3` on `PATH`, for its strict CSV reader and its XML parser.
    static let python: CommandRunner? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { URL(filePath: String($0)).appending(path: "python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            .map(CommandRunner.init(executable:))
    }()

    /// Graphviz's `dot`, when installed.
    static let dot: CommandRunner? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        .map { CommandRunner(executable: URL(filePath: $0)) }

    /// Runs `litgraph arguments --db DATABASE`.
    func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        let built = try #require(Self.built)
        return try built.litgraph.run(arguments + ["--db", built.database])
    }

    /// Exports `format` to `name` in the build folder and returns its path.
    func export(_ format: String, to name: String) throws -> String {
        let built = try #require(Self.built)
        let path = built.directory.path(name)
        let outcome = try run(["export", "--format", format, "-o", path])
        #expect(outcome.status == 0, "\(format): \(outcome.standardError)")
        return path
    }

    /// The names the corpus gives its entities.
    static let names = Set(HostileCorpus.names.map(\.text))

    @Test("the build stores every name, sentence and document id exactly as the input spells it")
    func buildKeepsEverything() throws {
        let built = try #require(Self.built)
        #expect(built.build.status == 0, "\(built.build.standardError)")
        #expect(built.build.standardOutput.hasPrefix("7 documents read (7 added"))
        let graph = try JSONFile(try run(["export", "--format", "json"]).standardOutput)
        #expect(Set(graph.objects("nodes").compactMap { $0["name"] as? String }) == Self.names)
        let edges = graph.objects("edges")
        #expect(edges.count == 7)
        let evidence = edges.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }
        #expect(Set(evidence.compactMap { $0["document"] as? String }) == Set((0...6).map(HostileCorpus.documentID)))
        let sentences = Set(evidence.compactMap { $0["sentence"] as? String })
        for (index, name) in HostileCorpus.names.enumerated() {
            let next = HostileCorpus.names[(index + 1) % HostileCorpus.names.count]
            #expect(sentences.contains(HostileCorpus.abstract(name, "increases", next)))
        }
    }

    @Test("JSON exports (node-link, Cytoscape, KGX JSON Lines) are valid and give every name back exactly")
    func jsonExports() throws {
        let nodeLink = try JSONFile(try String(contentsOfFile: try export("json", to: "g.json"), encoding: .utf8))
        #expect(Set(nodeLink.objects("nodes").compactMap { $0["name"] as? String }) == Self.names)
        let cytoscape = try JSONFile(try String(contentsOfFile: try export("cyjs", to: "g.cyjs"), encoding: .utf8))
        let elements = try #require(cytoscape.root["elements"] as? [String: Any])
        let cyNodes = (elements["nodes"] as? [[String: Any]] ?? []).compactMap { $0["data"] as? [String: Any] }
        #expect(Set(cyNodes.compactMap { $0["name"] as? String }) == Self.names)
        #expect((elements["edges"] as? [Any])?.count == 7)
        let folder = try export("kgx-jsonl", to: "kgx-jsonl")
        let nodes = try String(contentsOfFile: folder + "/hostile_nodes.jsonl", encoding: .utf8)
        let records = try nodes.split(separator: "\n").map { try JSONFile(String($0)).root }
        #expect(Set(records.compactMap { $0["name"] as? String }) == Self.names)
        let edges = try String(contentsOfFile: folder + "/hostile_edges.jsonl", encoding: .utf8)
        #expect(try edges.split(separator: "\n").map { try JSONFile(String($0)) }.count == 7)
    }

    @Test(
        "GraphML is well-formed XML 1.0: Foundation and Python read back every name, forbidden characters as pictures")
    func graphML() throws {
        let path = try export("graphml", to: "g.graphml")
        let document = try XMLDocument(contentsOf: URL(filePath: path))
        let labels = try document.nodes(forXPath: "//*[local-name()='data'][@key='n_label']").compactMap(\.stringValue)
        let expected = Set(HostileCorpus.names.map { Self.xmlReadable($0.text) })
        #expect(Set(labels) == expected)
        #expect(try document.nodes(forXPath: "//*[local-name()='edge']").count == 7)
        if let python = Self.python {
            let script = """
                import json, sys, xml.etree.ElementTree as ET
                root = ET.parse(sys.argv[1]).getroot()
                data = root.iter("{http://graphml.graphdrawing.org/xmlns}data")
                print(json.dumps([d.text or "" for d in data if d.get("key") == "n_label"]))
                """
            let outcome = try python.run(["-c", script, path])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let read = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String]
            #expect(Set(read ?? []) == expected)
        }
    }

    /// `text` as GraphML gives it back: C0 controls other than tab, newline and carriage return
    /// as their Unicode Control Pictures (XML 1.0 cannot carry them).
    static func xmlReadable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)
                        ? Unicode.Scalar(0x2400 + scalar.value) ?? scalar : scalar
                }))
    }

    @Test(
        "DOT parses with dot, keeps 6 nodes and 7 edges, and its SVG is inert XML showing every name as text",
        .enabled(if: dot != nil))
    func dotAndSVG() throws {
        let dot = try #require(Self.dot)
        let path = try export("dot", to: "g.dot")
        let rendered = try dot.run(["-Tsvg", path])
        #expect(rendered.status == 0)
        #expect(rendered.standardError.isEmpty, "\(rendered.standardError)")
        let svg = try XMLDocument(data: Data(rendered.standardOutput.utf8))
        #expect(SVGSafety.executableMarkup(in: svg).isEmpty, "\(SVGSafety.executableMarkup(in: svg))")
        let groups = try svg.nodes(forXPath: "//*[local-name()='g']").compactMap { $0 as? XMLElement }
        let classes = groups.map { group in
            group.attributes?.first { ($0.localName ?? $0.name) == "class" }?.stringValue ?? ""
        }
        #expect(groups.count > 10)
        let nodes = zip(groups, classes).filter { $1.hasPrefix("node ") && $1 != "node legend" }.map(\.0)
        #expect(nodes.count == 6)
        #expect(classes.filter { $0.hasPrefix("edge") }.count == 7)
        let shown = try nodes.map { node in
            try node.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
        }
        #expect(Set(shown.map(Self.collapsed)) == Set(HostileCorpus.names.map { Self.collapsed(Self.drawn($0.text)) }))
    }

    /// `text` as a DOT label draws it: control characters other than newline dropped, tab a space.
    static func drawn(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.compactMap { scalar in
                    scalar == "\t" || scalar == "\n"
                        ? " " : (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? nil : scalar)
                }))
    }

    /// `text` with runs of white space as one space and none at the ends.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("Neo4j CSV, KGX TSV and SIF stay rectangular and give the names back as documented")
    func delimitedExports() throws {
        let neo4j = try export("neo4j", to: "neo4j")
        let nodes = try strictCSV(neo4j + "/nodes.csv")
        #expect(nodes.count == 7 && Set(nodes.map(\.count)).count == 1, "\(nodes.map(\.count))")
        let nameColumn = try #require(nodes.first?.firstIndex(of: "name:string"))
        let dropped: (String) -> String = { text in
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.filter { $0.value >= 0x20 || ["\t", "\n", "\r"].contains($0) }))
        }
        #expect(Set(nodes.dropFirst().map { $0[nameColumn] }) == Set(HostileCorpus.names.map { dropped($0.text) }))
        let relationships = try strictCSV(neo4j + "/relationships.csv")
        #expect(relationships.count == 8 && Set(relationships.map(\.count)).count == 1)

        let kgx = try export("kgx", to: "kgx")
        for (file, rows) in [("hostile_nodes.tsv", 7), ("hostile_edges.tsv", 8)] {
            let lines = try String(contentsOfFile: kgx + "/" + file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.last == "" && lines.count == rows + 1, "\(file)")
            #expect(
                Set(lines.dropLast().map { $0.split(separator: "\t", omittingEmptySubsequences: false).count }).count
                    == 1)
        }
        let sif = try String(contentsOfFile: try export("sif", to: "g.sif"), encoding: .utf8)
        let sifLines = sif.split(separator: "\n")
        #expect(sifLines.count == 7 && sifLines.allSatisfy { $0.split(separator: "\t").count == 3 }, "\(sifLines)")
    }

    /// The records of a CSV file as Python's `csv` module reads it with `strict=True`.
    func strictCSV(_ path: String) throws -> [[String]] {
        let python = try #require(Self.python)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as handle:
                print(json.dumps(list(csv.reader(handle, strict=True))))
            """
        let outcome = try python.run(["-c", script, path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String]] ?? []
    }

    @Test("neo4j import.sh holds no data from the graph, only a fixed command; sh parses it")
    func importScript() throws {
        let script = try String(contentsOfFile: try export("neo4j", to: "neo4j-script") + "/import.sh", encoding: .utf8)
        for payload in ["DROP", "<script>", "javascript", "\u{1B}", "\u{202E}", "hostile", "]; a"] {
            #expect(!script.contains(payload), "\(payload)")
        }
        #expect(script.contains(#"neo4j-admin database import full --nodes=nodes.csv"#))
        let built = try #require(Self.built)
        let shell = CommandRunner(executable: URL(filePath: "/bin/sh"))
        let outcome = try shell.run(["-n", built.directory.path("neo4j-script/import.sh")])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    @Test("PubTator keeps one record per line and reads back as the same 7 documents")
    func pubTator() throws {
        let built = try #require(Self.built)
        let path = try export("pubtator", to: "g.pubtator")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).count
            #expect(line.contains("|t|") || line.contains("|a|") || fields == 6 || fields == 4, "\(line)")
        }
        #expect(text.components(separatedBy: "|t|Hostile names").count == 8)
        let again = try built.litgraph.run([
            "build", path, "--input-format", "pubtator", "--db", built.directory.path("again.sqlite"),
        ])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.hasPrefix("7 documents read (7 added"), "\(again.standardOutput)")
    }
}
