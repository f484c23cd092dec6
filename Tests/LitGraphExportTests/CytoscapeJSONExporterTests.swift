import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("Cytoscape.js (cyjs) exporter")
struct CytoscapeJSONExporterTests {
    let exporter = CytoscapeJSONExporter()

    @Test("the tricky graph matches its golden file byte for byte")
    func golden() {
        GoldenFile(name: "tricky.cyjs").check(exporter.render(ExportFixtures.tricky))
    }

    @Test("the empty graph matches its golden file")
    func emptyGolden() {
        GoldenFile(name: "empty.cyjs").check(exporter.render(ExportFixtures.empty))
    }

    @Test("every fixture parses as JSON with as many nodes and edges as the graph has", arguments: ExportFixtures.all)
    func readsBack(graph: KnowledgeGraph) throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(exporter.render(graph).utf8)) as? [String: Any])
        let elements = try #require(json["elements"] as? [String: [[String: [String: Any]]]])
        let nodes = try #require(elements["nodes"]).compactMap { $0["data"] }
        let edges = try #require(elements["edges"]).compactMap { $0["data"] }
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        #expect(nodes.count == Set(graph.nodes.map(\.id) + endpoints).count)
        #expect(edges.count == graph.edges.count)
        #expect(nodes.allSatisfy { $0["id"] as? String == $0["value"] as? String })
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(
            edges.allSatisfy {
                ids.contains($0["source"] as? String ?? "") && ids.contains($0["target"] as? String ?? "")
            })
        #expect(Set(edges.compactMap { $0["id"] as? String }).count == edges.count)
        #expect(json["directed"] as? Bool == true)
        #expect(json["multigraph"] as? Bool == true)
    }

    @Test("names, sentences and documents come back exactly")
    func textRoundTrips() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(exporter.render(ExportFixtures.separators).utf8))
                as? [String: Any])
        let elements = try #require(json["elements"] as? [String: [[String: [String: Any]]]])
        let names = Set(try #require(elements["nodes"]).compactMap { $0["data"]?["name"] as? String })
        #expect(names.contains(ExportFixtures.variant.name))
        let first = try #require(
            elements["edges"]?.compactMap { $0["data"] }.first { $0["predicate"] as? String == "positively_regulates" })
        #expect(first["documents"] as? [String] == ["900|b", "PMID:901"])
        #expect(first["publications"] as? [String] == ["PMID:901"])
        #expect(first["sentences"] as? [String] == ["R215W | raised IL-6; a, b.", "It raised \"IL-6\", again."])
        #expect(first["first_year"] as? Int == 2001)
        #expect(first["sign"] as? Int == 1)
    }

    @Test("an edge without evidence has no list members, and unknown years are left out")
    func absentMembers() {
        let json = exporter.render(
            KnowledgeGraph(name: "g", nodes: [], edges: [ExportFixtures.edges[7]]))
        #expect(!json.contains("\"publications\""))
        #expect(!json.contains("\"first_year\""))
        #expect(json.contains(#""interaction": "regulates","#))
    }

    @Test(
        "networkx reads every fixture with cytoscape_graph, with the right counts",
        .enabled(if: ExternalTool.hasNetworkx),
        arguments: ExportFixtures.all
    )
    func networkxReads(graph: KnowledgeGraph) throws {
        let python = try #require(ExternalTool(named: "python3"))
        let script = """
            import json, sys, networkx as nx
            g = nx.cytoscape_graph(json.loads(sys.stdin.buffer.read().decode("utf-8")))
            print(len(g), g.size(), g.is_directed(), g.is_multigraph())
            """
        let run = try python.run(["-c", script], input: Data(exporter.render(graph).utf8))
        #expect(run.status == 0, "python failed: \(run.stderr)")
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        let nodeCount = Set(graph.nodes.map(\.id) + endpoints).count
        #expect(String(decoding: run.stdout, as: UTF8.self) == "\(nodeCount) \(graph.edges.count) True True\n")
    }

    @Test("the same graph, given in any order, renders to the same bytes")
    func deterministic() {
        let shuffled = KnowledgeGraph(
            name: ExportFixtures.tricky.name, nodes: ExportFixtures.entities.reversed(),
            edges: ExportFixtures.edges.reversed())
        #expect(exporter.render(shuffled) == exporter.render(ExportFixtures.tricky))
    }
}
