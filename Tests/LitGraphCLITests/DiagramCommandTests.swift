import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph diagram` run as a user runs it, on the example graph.
@Suite struct DiagramCommandTests {
    /// The example graph, built once for every test here (a debug build takes seconds); each test
    /// writes files of its own names beside it.
    static let example = Result { try CommandLineTests.BuiltExample() }

    let built: CommandLineTests.BuiltExample

    init() throws {
        built = try Self.example.get()
    }

    /// Runs `litgraph diagram --db <example> arguments…`.
    func diagram(_ arguments: [String], environment: [String: String?] = [:]) throws -> CommandRunner.Outcome {
        try built.litgraph.run(["diagram", "--db", built.database] + arguments, environment: environment)
    }

    /// Whether Graphviz's `dot` is on `PATH`.
    static let hasDot: Bool = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }

    @Test(
        "each extension gives its format; the summary goes to stderr", .enabled(if: hasDot),
        arguments: [("svg", Array("<svg".utf8)), ("png", [0x89] + Array("PNG".utf8)), ("pdf", Array("%PDF".utf8))])
    func imageFormats(format: String, magic: [UInt8]) throws {
        for subject in [["oxytocin", "--hops", "1"], ["--path", "psychotherapy", "MESH:D010913", "--max-hops", "4"]] {
            let path = built.directory.path("diagram.\(format)")
            let outcome = try diagram(subject + ["-o", path])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(outcome.standardOutput.isEmpty)
            #expect(outcome.standardError.hasPrefix("wrote "))
            #expect(outcome.standardError.hasSuffix(" edges to \(path)\n"))
            let bytes = [UInt8](try Data(contentsOf: URL(filePath: path)))
            if format == "svg" {
                #expect(String(decoding: bytes.prefix(400), as: UTF8.self).contains("<svg"))
            } else {
                #expect(Array(bytes.prefix(magic.count)) == magic)
            }
        }
    }

    @Test(
        "the SVG has tooltips, ids and classes, the entity in bold, and links on grounded nodes", .enabled(if: hasDot))
    func svgContent() throws {
        let path = built.directory.path("oxytocin.svg")
        #expect(try diagram(["oxytocin", "-o", path]).status == 0)
        let svg = try String(contentsOfFile: path, encoding: .utf8).replacing("&#45;", with: "-")
        #expect(svg.contains(#"<g id="n-MESH-D010121" class="node ChemicalEntity focus">"#))
        #expect(svg.contains(#"stroke-width="3""#))
        #expect(svg.contains("xlink:title=\"regulates · unknown · 2 sentences · belief 0.91 · abstract\""))
        #expect(svg.contains(#"xlink:href="https://meshb.nlm.nih.gov/record/ui?ui=D010121""#))
        #expect(svg.contains(#"<g id="legend" class="node legend">"#))
    }

    @Test("-o x.dot writes DOT, needing no Graphviz; an image without dot exits 69 naming the fix")
    func withoutGraphviz() throws {
        let empty = built.directory.url.appending(path: "empty-bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let dot = built.directory.path("no-graphviz.dot")
        let written = try diagram(["oxytocin", "-o", dot], environment: ["PATH": empty.path])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try String(contentsOfFile: dot, encoding: .utf8).contains(#"digraph "oxytocin within 2 hops" {"#))
        let svg = built.directory.path("no-graphviz.svg")
        let failed = try diagram(["oxytocin", "-o", svg], environment: ["PATH": empty.path])
        #expect(failed.status == 69)
        let lines = failed.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("Graphviz `dot` was not found on PATH") == true)
        #expect(lines.first?.contains("apt-get install graphviz") == true)
        #expect(lines.first?.contains("-o FILE.dot") == true)
        #expect(!FileManager.default.fileExists(atPath: svg))
    }

    @Test("a cut is reported on stderr with both counts, and the file holds what was kept")
    func cutNote() throws {
        let path = built.directory.path("cut.dot")
        let outcome = try diagram(["oxytocin", "--max-edges", "3", "-o", path])
        #expect(outcome.status == 0)
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let note = try #require(lines.first)
        #expect(note.hasPrefix("diagram: kept 3 of "))
        #expect(note.hasSuffix(" relations; raise --max-edges or add filters"))
        #expect(lines.last?.hasSuffix("nodes and 3 edges to \(path)") == true)
        let dot = try String(contentsOfFile: path, encoding: .utf8)
        #expect(dot.split(separator: "\n").filter { $0.contains(" -> ") }.count == 3)
        #expect(try diagram(["oxytocin", "--max-edges", "3", "-o", path]).standardError == outcome.standardError)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == dot, "the same cut every time")
    }

    @Test("nothing to draw exits 1 with one line naming the fix")
    func nothingToDraw() throws {
        let outcome = try diagram(["--path", "psychotherapy", "MESH:D010913", "--max-hops", "1", "-o", "x.dot"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.contains("no path of at most 1 step from psychotherapy"))
        #expect(outcome.standardError.contains("--undirected"))
        let unknown = try diagram(["no such thing", "-o", "x.dot"])
        #expect(unknown.status == 1)
    }

    @Test(
        "usage mistakes exit 64 before anything is read",
        arguments: [
            ["-o", "x.svg"], ["oxytocin", "--path", "a", "b", "-o", "x.svg"], ["--path", "a", "-o", "x.svg"],
            ["--path", "a", "b", "c", "-o", "x.svg"], ["oxytocin", "-o", "x.gif"], ["oxytocin", "-o", "svg"],
            ["oxytocin"], ["oxytocin", "--max-hops", "3", "-o", "x.svg"], ["oxytocin", "--undirected", "-o", "x.svg"],
            ["--path", "a", "b", "--hops", "1", "-o", "x.svg"],
            ["--path", "a", "b", "--max-edges", "9", "-o", "x.svg"],
            ["oxytocin", "--hops", "-1", "-o", "x.svg"], ["oxytocin", "--max-edges", "0", "-o", "x.svg"],
            ["--path", "a", "b", "--max-hops", "9", "-o", "x.svg"],
        ])
    func usageErrors(arguments: [String]) throws {
        let outcome = try CommandRunner.litgraph().run(["diagram", "--db", "/nonexistent/graph.sqlite"] + arguments)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("Error: "))
    }

    @Test("an unknown extension names the accepted ones")
    func unknownExtension() throws {
        let outcome = try diagram(["oxytocin", "-o", "x.gif"])
        #expect(outcome.standardError.contains(".dot, .svg, .png, .pdf"))
    }
}
