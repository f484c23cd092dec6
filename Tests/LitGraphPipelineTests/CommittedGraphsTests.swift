import Foundation
import LitGraphExport
import LitGraphPipeline
import LitGraphTestSupport
import Testing

/// `Graphs/` holds what the tool builds from `Examples/`; these tests fail when the code would now
/// build something else, and say how to regenerate.
@Suite struct CommittedGraphsTests {
    static let regenerate =
        "regenerate with: swift run litgraph build Examples/oxytocin-resilience/abstract.txt --out Graphs/oxytocin-resilience"

    @Test(arguments: ["graph.dot", "graph.json"])
    func exampleGraphIsUpToDate(_ file: String) throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appending(path: "oxytocin-resilience")
        _ = try BuildTests.builder.build(inputs: [BuildTests.example], outputDirectory: output.path)
        let fresh = try String(contentsOf: output.appending(path: file), encoding: .utf8)
        let committedURL = PackagePaths.package("Graphs/oxytocin-resilience/\(file)")
        let committed = try? String(contentsOf: committedURL, encoding: .utf8)
        #expect(committed == fresh, "Graphs/oxytocin-resilience/\(file) is out of date; \(Self.regenerate)")
    }

    @Test(.enabled(if: GraphvizRenderer().executableURL != nil))
    func committedSVGIsTheCommittedDOTRendered() throws {
        let dot = try String(contentsOf: PackagePaths.package("Graphs/oxytocin-resilience/graph.dot"), encoding: .utf8)
        let svg = try Data(contentsOf: PackagePaths.package("Graphs/oxytocin-resilience/graph.svg"))
        #expect(try GraphvizRenderer().render(dot: dot, format: "svg") == svg, "graph.svg is stale; \(Self.regenerate)")
    }
}
