import LitGraphExport
import Testing

@Suite("Export formats")
struct ExportFormatTests {
    @Test("each format dispatches to its exporter")
    func dispatch() {
        let graph = ExportFixtures.tricky
        #expect(ExportFormat.dot.render(graph) == DOTExporter().render(graph))
        #expect(ExportFormat.json.render(graph) == NodeLinkJSONExporter().render(graph))
        #expect(ExportFormat.cyjs.render(graph) == CytoscapeJSONExporter().render(graph))
        #expect(ExportFormat.graphml.render(graph) == GraphMLExporter().render(graph))
        #expect(ExportFormat.sif.render(graph) == SIFExporter().render(graph))
        #expect(
            ExportFormat.allCases.map(\.rawValue)
                == ["dot", "json", "cyjs", "graphml", "kgx", "kgx-jsonl", "neo4j", "sif", "pubtator"])
        #expect(ExportFormat.allCases.filter(\.isDocumentFormat) == [.pubtator])
        #expect(ExportFormat(rawValue: "json")?.fileExtension == "json")
    }

    @Test("KGX and Neo4j are several files; the others one, named after the graph")
    func files() {
        let graph = ExportFixtures.tricky
        #expect(ExportFormat.allCases.filter(\.isMultiFile) == [.kgx, .kgxJSONLines, .neo4j])
        #expect(ExportFormat.kgx.files(for: graph, baseName: "g").map(\.name) == ["g_nodes.tsv", "g_edges.tsv"])
        #expect(
            ExportFormat.kgxJSONLines.files(for: graph, baseName: "g").map(\.name) == [
                "g_nodes.jsonl", "g_edges.jsonl",
            ])
        #expect(
            ExportFormat.neo4j.files(for: graph, baseName: "g").map(\.name) == [
                "nodes.csv", "relationships.csv", "import.sh",
            ])
        #expect(
            ExportFormat.graphml.files(for: graph, baseName: "g") == [
                .init(name: "g.graphml", contents: GraphMLExporter().render(graph))
            ])
        #expect(ExportFormat.kgx.render(graph).hasPrefix("==> tricky__graph___N______x__nodes.tsv <==\nid\tcategory"))
    }

    @Test(
        "base names are safe file names",
        arguments: [
            ("graph", "graph"), ("tricky \"graph\" \\N β", "tricky__graph___N__"), ("", "litgraph"), ("..x/y", "x_y"),
        ])
    func safeBaseName(name: String, expected: String) {
        #expect(ExportFormat.safeBaseName(name) == expected)
    }
}
