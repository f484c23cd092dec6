import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("networkx node-link JSON exporter")
struct NodeLinkJSONExporterTests {
    let exporter = NodeLinkJSONExporter()

    /// Loads the JSON on stdin with plain `nx.node_link_graph`, checks that Python re-dumps it to
    /// the same bytes, and prints counts, flags and the name of `LITGRAPH:hpa-axis`.
    static let networkxScript = """
        import json, sys, networkx as nx
        text = sys.stdin.buffer.read().decode("utf-8")
        d = json.loads(text)
        g = nx.node_link_graph(d)
        same = json.dumps(d, indent=2, ensure_ascii=False) + "\\n" == text
        print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph(), same, d["edges"] == d["links"])
        print(json.dumps(g.nodes["LITGRAPH:hpa-axis"]["name"]))
        print(json.dumps(sorted(k for _, _, k in g.edges(keys=True))[0]))
        """

    @Test("the tricky graph matches its golden file byte for byte")
    func golden() {
        GoldenFile(name: "tricky.json").check(exporter.render(ExportFixtures.tricky))
    }

    @Test("the empty graph matches its golden file")
    func emptyGolden() {
        GoldenFile(name: "empty.json").check(exporter.render(ExportFixtures.empty))
    }

    @Test(
        "networkx loads it with plain node_link_graph; Python re-dumps the same bytes",
        .enabled(if: ExternalTool.hasNetworkx))
    func networkxLoads() throws {
        let python = try #require(ExternalTool(named: "python3"))
        let json = exporter.render(ExportFixtures.tricky)
        let run = try python.run(["-c", Self.networkxScript], input: Data(json.utf8))
        #expect(run.status == 0, "python failed: \(run.stderr)")
        #expect(run.stderr.isEmpty, "python warned: \(run.stderr)")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        let counts = "\(ExportFixtures.entities.count) \(ExportFixtures.edges.count) True True True True"
        #expect(lines.first == Substring(counts))
        #expect(lines.dropFirst().first == #""the \"HPA\" axis\nsecond line""#)
        #expect(lines.dropFirst(2).first == #""LITGRAPH:backslash|causes|positive|LITGRAPH:markup""#)
    }

    @Test(
        "networkx loads every fixture with the right counts; Python re-dumps the same bytes",
        .enabled(if: ExternalTool.hasNetworkx),
        arguments: ExportFixtures.all
    )
    func networkxLoadsAll(graph: KnowledgeGraph) throws {
        let python = try #require(ExternalTool(named: "python3"))
        let script = """
            import json, sys, networkx as nx
            text = sys.stdin.buffer.read().decode("utf-8")
            g = nx.node_link_graph(json.loads(text))
            print(len(g), g.size(), json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\\n" == text)
            """
        let run = try python.run(["-c", script], input: Data(exporter.render(graph).utf8))
        #expect(run.status == 0, "python failed: \(run.stderr)")
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        let nodeCount = Set(graph.nodes.map(\.id) + endpoints).count
        #expect(String(decoding: run.stdout, as: UTF8.self) == "\(nodeCount) \(graph.edges.count) True\n")
    }

    @Test("top-level keys in order; edges and links are the same list")
    func topLevel() throws {
        let document = exporter.document(for: ExportFixtures.tricky)
        guard case .object(let members) = document else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["directed", "multigraph", "graph", "nodes", "edges", "links"])
        let edges = try #require(members.first { $0.key == "edges" }?.value)
        #expect(members.first { $0.key == "links" }?.value == edges)
        #expect(exporter.render(ExportFixtures.tricky).hasSuffix("}\n"))
    }

    @Test("node members: CURIE, name, Biolink class, raw category, grounded")
    func nodeMembers() {
        let json = exporter.render(ExportFixtures.tricky)
        let expected = """
                {
                  "id": "LITGRAPH:tab",
                  "name": "tab\\there\\r\\u0001",
                  "category": "biolink:PhenotypicFeature",
                  "litgraph_category": "phenotype",
                  "grounded": false
                }
            """
        #expect(json.contains(expected))
    }

    @Test("signed regulation carries a direction qualifier; other predicates do not")
    func directionQualifier() {
        let json = exporter.render(ExportFixtures.tricky)
        #expect(
            json.contains(
                #""biolink_predicate": "biolink:affects","# + "\n      "
                    + #""object_direction_qualifier": "decreased","#))
        #expect(json.contains(#""object_direction_qualifier": "increased","#))
        let unsigned = ExportFixtures.edge(
            ExportFixtures.serotonin, .associatedWith, .positive, ExportFixtures.tabbed, evidence: []
        )
        let other = exporter.render(KnowledgeGraph(name: "u", nodes: [], edges: [unsigned]))
        #expect(!other.contains("object_direction_qualifier"))
    }

    @Test("evidence rows keep spans, flags and text")
    func evidenceMembers() {
        let json = exporter.render(ExportFixtures.tricky)
        #expect(json.contains(#""sentence": "Oxytocin \"suppressed\" IL-6\tlevels\u0001.","#))
        #expect(json.contains(#""subject_span": ["# + "\n            10,\n            18\n          ],"))
        #expect(json.contains(#""negated": true,"#))
        #expect(json.contains(#""hedged": true,"#))
        #expect(json.contains(#""evidence_count": 20,"# + "\n      " + #""document_count": 12,"#))
    }

    @Test("a comparison is flagged beside negated and hedged")
    func comparisonFlag() throws {
        var graph = ExportFixtures.tricky
        #expect(!exporter.render(graph).contains(#""comparison": true"#))
        graph.edges[0].evidence[0].isComparison = true
        let json = exporter.render(graph)
        // Once in `edges` and once in `links`.
        #expect(json.components(separatedBy: #""comparison": true,"#).count == 3)
    }

    @Test("the same graph, given in any order, renders to the same bytes")
    func deterministic() {
        let shuffled = KnowledgeGraph(
            name: ExportFixtures.tricky.name,
            nodes: ExportFixtures.entities.reversed(),
            edges: ExportFixtures.edges.reversed()
        )
        #expect(exporter.render(shuffled) == exporter.render(ExportFixtures.tricky))
    }

    @Test("a repeated relation gets a distinct key")
    func uniqueKeys() {
        let edge = ExportFixtures.edges[0]
        let json = exporter.render(KnowledgeGraph(name: "dup", nodes: [], edges: [edge, edge]))
        #expect(json.contains(#""key": "MESH:D010121|negatively_regulates|negative|NCBIGene:3569","#))
        #expect(json.contains(#""key": "MESH:D010121|negatively_regulates|negative|NCBIGene:3569#2","#))
    }
}
