import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("GraphML exporter")
struct GraphMLExporterTests {
    let exporter = GraphMLExporter()

    /// `text` as an XML parser reads it back: the characters XML 1.0 forbids replaced (`\u{1}` → `␁`).
    static func readable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(XMLEscaping.allowed)))
    }

    @Test("the tricky graph matches its golden file byte for byte")
    func golden() {
        GoldenFile(name: "tricky.graphml").check(exporter.render(ExportFixtures.tricky))
    }

    @Test(
        "every fixture is well-formed XML (Foundation's XMLParser) with every node and edge",
        arguments: ExportFixtures.all)
    func wellFormed(graph: KnowledgeGraph) throws {
        let (document, error) = ExportReading.graphML(exporter.render(graph))
        let read = try #require(document, "not well-formed: \(error ?? "")")
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        #expect(Set(read.nodes.map(\.id)) == Set((graph.nodes.map(\.id) + endpoints).map(Self.readable)))
        #expect(read.nodes.count == Set(graph.nodes.map(\.id) + endpoints).count)
        #expect(read.edges.count == graph.edges.count)
        #expect(Set(read.edges.map(\.id)).count == read.edges.count)
    }

    @Test("ids and names come back exactly, tabs, line breaks and carriage returns included")
    func textRoundTrips() throws {
        let read = try #require(ExportReading.graphML(exporter.render(ExportFixtures.tricky)).0)
        let names = Dictionary(uniqueKeysWithValues: read.nodes.map { ($0.id, $0.data["n_label"] ?? "") })
        for entity in ExportFixtures.entities {
            #expect(names[entity.id] == Self.readable(entity.name), "name of \(entity.id)")
        }
        let edge = try #require(read.edges.first)
        #expect(edge.source == "LITGRAPH:backslash")
        #expect(edge.id == "LITGRAPH:backslash|causes|positive|LITGRAPH:markup")
    }

    @Test("every key is typed, declared once, and every data element refers to a declared key of its kind")
    func typedKeys() throws {
        let read = try #require(ExportReading.graphML(exporter.render(ExportFixtures.tricky)).0)
        #expect(read.keys.count == 22)
        #expect(read.keys.values.allSatisfy { ["string", "int", "double", "boolean"].contains($0.type) })
        for node in read.nodes { #expect(node.data.keys.allSatisfy { read.keys[$0]?.domain == "node" }) }
        for edge in read.edges { #expect(edge.data.keys.allSatisfy { read.keys[$0]?.domain == "edge" }) }
        let names = read.keys.values.map { "\($0.domain).\($0.name)" }
        #expect(Set(names).count == names.count)
    }

    @Test("lists are joined with |, a | inside an item becomes ¦")
    func lists() throws {
        let read = try #require(ExportReading.graphML(exporter.render(ExportFixtures.separators)).0)
        let edge = try #require(read.edges.first { $0.source == ExportFixtures.variant.id })
        #expect(edge.data["e_documents"] == "900\u{A6}b|PMID:901")
        #expect(edge.data["e_publications"] == "PMID:901")
        #expect(edge.data["e_sentences"] == "R215W \u{A6} raised IL-6; a, b.|It raised \"IL-6\", again.")
        #expect(edge.data["e_first_year"] == "2001")
        #expect(edge.data["e_weight"] == "2.0")
    }

    @Test(
        "escaping: entities, character references in attributes, forbidden characters replaced one for one",
        arguments: [
            ("a<b & c ]]> d", "a&lt;b &amp; c ]]&gt; d", "a&lt;b &amp; c ]]&gt; d"),
            ("q\"'t", "q\"'t", "q&quot;&apos;t"),
            ("tab\tline\nreturn\r", "tab\tline\nreturn&#13;", "tab&#9;line&#10;return&#13;"),
            ("nul\u{0}bell\u{7}\u{FFFE}é中", "nul␀bell␇\u{FFFD}é中", "nul␀bell␇\u{FFFD}é中"),
            (
                "esc\u{1B}[31m vt\u{B} ff\u{C} del\u{7F} csi\u{9B}", "esc␛[31m vt␋ ff␌ del\u{7F} csi\u{9B}",
                "esc␛[31m vt␋ ff␌ del\u{7F} csi\u{9B}"
            ),
        ])
    func escaping(input: String, text: String, attribute: String) {
        #expect(XMLEscaping.text(input) == text)
        #expect(XMLEscaping.attribute(input) == attribute)
    }

    @Test(
        "networkx read_graphml loads every fixture with the right counts",
        .enabled(if: ExternalTool.hasNetworkx),
        arguments: ExportFixtures.all
    )
    func networkxReads(graph: KnowledgeGraph) throws {
        let python = try #require(ExternalTool(named: "python3"))
        let script = """
            import io, sys, networkx as nx
            g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
            print(len(g), g.size(), g.is_directed())
            """
        let run = try python.run(["-c", script], input: Data(exporter.render(graph).utf8))
        #expect(run.status == 0, "python failed: \(run.stderr)")
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        let nodeCount = Set(graph.nodes.map(\.id) + endpoints).count
        #expect(String(decoding: run.stdout, as: UTF8.self) == "\(nodeCount) \(graph.edges.count) True\n")
    }
}
