import LitGraphExport
import Testing

@Suite("Export formats")
struct ExportFormatTests {
    @Test("each format dispatches to its exporter")
    func dispatch() {
        let graph = ExportFixtures.tricky
        #expect(ExportFormat.dot.render(graph) == DOTExporter().render(graph))
        #expect(ExportFormat.json.render(graph) == NodeLinkJSONExporter().render(graph))
        #expect(ExportFormat.allCases.map(\.rawValue) == ["dot", "json", "pubtator"])
        #expect(ExportFormat.allCases.filter(\.isDocumentFormat) == [.pubtator])
        #expect(ExportFormat(rawValue: "json")?.fileExtension == "json")
    }
}
