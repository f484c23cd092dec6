import Foundation
import LitGraphExport
import LitGraphPipeline
import LitGraphTestSupport
import Testing

/// `build --out` writes the Cytoscape, GraphML and PNG exports too, and the committed
/// `Graphs/oxytocin-resilience/` holds what the code builds now.
@Suite struct CommittedExportsTests {
    @Test(arguments: ["graph.cyjs", "graph.graphml"])
    func exampleExportIsUpToDate(_ file: String) throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appending(path: "oxytocin-resilience")
        _ = try BuildTests.builder.build(inputs: [BuildTests.example], outputDirectory: output.path)
        let fresh = try String(contentsOf: output.appending(path: file), encoding: .utf8)
        let committed = try? String(
            contentsOf: PackagePaths.package("Graphs/oxytocin-resilience/\(file)"), encoding: .utf8)
        #expect(
            committed == fresh, "Graphs/oxytocin-resilience/\(file) is out of date; \(CommittedGraphsTests.regenerate)")
    }

    @Test(.enabled(if: GraphvizRenderer().executableURL != nil))
    func committedPNGIsTheCommittedDOTRendered() throws {
        let dot = try String(contentsOf: PackagePaths.package("Graphs/oxytocin-resilience/graph.dot"), encoding: .utf8)
        let png = try Data(contentsOf: PackagePaths.package("Graphs/oxytocin-resilience/graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(
            try GraphvizRenderer().render(dot: dot, format: "png") == png,
            "graph.png is stale; \(CommittedGraphsTests.regenerate)")
    }

    @Test func buildOutWritesEveryFile() throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appending(path: "out")
        let summary = try BuildTests.builder.build(inputs: [BuildTests.example], outputDirectory: output.path)
        let hasDot = GraphvizRenderer().executableURL != nil
        let expected =
            ["graph.sqlite", "graph.dot", "graph.json", "graph.cyjs", "graph.graphml"]
            + (hasDot ? ["graph.svg", "graph.png"] : [])
        #expect(summary.outputs.map { URL(filePath: $0).lastPathComponent } == expected)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(!written.contains { $0.hasPrefix(AtomicFile.temporaryPrefix) })
    }
}
