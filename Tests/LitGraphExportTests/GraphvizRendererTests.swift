import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Graphviz rendering")
struct GraphvizRendererTests {
    /// How Graphviz 2.43 writes one line of label text in SVG: XML entities, `-` as `&#45;`,
    /// and every space after a space as `&#160;`.
    static func svgText(_ line: String) -> String {
        var result = ""
        var previous: Character?
        for character in line {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "-": result += "&#45;"
            case " " where previous == " ": result += "&#160;"
            default: result.append(character)
            }
            previous = character
        }
        return result
    }

    /// The lines a node label shows: control characters dropped, tabs as spaces.
    static func displayedLines(of name: String) -> [String] {
        let kept = name.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if scalar == "\t" { return " " }
            if scalar == "\n" { return scalar }
            return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? nil : scalar
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: kept)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static let graphs =
        ExportFixtures.all + [
            KnowledgeGraph(name: "one edge", nodes: [], edges: [ExportFixtures.edges[0]]),
            KnowledgeGraph(name: "nodes only", nodes: ExportFixtures.entities, edges: []),
        ]

    @Test("dot renders every exported graph with exit 0 and an empty stderr", .enabled(if: ExternalTool.hasDot))
    func rendersCleanly() throws {
        for graph in Self.graphs {
            let svg = try GraphvizRenderer().render(dot: DOTExporter().render(graph))
            #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"), "graph \(graph.name)")
        }
    }

    @Test(
        "the hostile graph renders to well-formed, inert SVG: no script, event attribute or javascript: link",
        .enabled(if: ExternalTool.hasDot), arguments: GraphvizLayout.allCases)
    func hostileSVG(layout: GraphvizLayout) throws {
        let data = try GraphvizRenderer().render(
            dot: DOTExporter().render(ExportFixtures.hostile), format: "svg", layout: layout)
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        let svg = String(decoding: data, as: UTF8.self)
        #expect(SVGSafety.executableMarkup(in: svg).isEmpty, "\(SVGSafety.executableMarkup(in: svg))")
        #expect(svg.contains("<title>MESH:C␛[31m\t\n1</title>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &lt;img src=x onerror=alert(1)&gt;</text>"))
    }

    @Test(
        "the SVG shows every node name literally and titles every node with its CURIE",
        .enabled(if: ExternalTool.hasDot))
    func svgContent() throws {
        let graph = ExportFixtures.tricky
        let svg = String(decoding: try GraphvizRenderer().render(dot: DOTExporter().render(graph)), as: UTF8.self)
        for entity in graph.nodes {
            // Graphviz keeps `\\` doubled in node names, so the title shows it doubled too.
            let title = Self.svgText(entity.id.replacing("\\", with: "\\\\"))
            #expect(svg.contains("<title>\(title)</title>"), "title of \(entity.id)")
            for line in Self.displayedLines(of: entity.name) {
                #expect(svg.contains(">\(Self.svgText(line))</text>"), "label line \(line.debugDescription)")
            }
        }
        #expect(svg.contains("a&lt;b &amp; c ]]&gt; d&gt;e &#39;q&#39; &amp;beta;"))
        #expect(svg.contains(#"C:\Net \N \G \L \E \T \H end\<"#))
        let decoded = svg.replacing("&#45;", with: "-")
        #expect(decoded.contains(#"<g id="n-MESH-D010121" class="node ChemicalEntity">"#))
        #expect(decoded.contains(#"<g id="e-4" class="edge negative">"#))
        #expect(svg.contains("NOT causes"))
        #expect(svg.contains("β&#45;endorphin é 中文"))
    }

    @Test("a missing dot is reported on one line with how to install Graphviz")
    func notInstalled() {
        let renderer = GraphvizRenderer(searchPath: "/nonexistent/bin")
        #expect(renderer.executableURL == nil)
        #expect(throws: GraphvizError.notInstalled(searchPath: "/nonexistent/bin")) {
            try renderer.render(dot: "digraph \"g\" {}")
        }
        let message = GraphvizError.notInstalled(searchPath: "/nonexistent/bin").description
        #expect(message.contains("apt-get install graphviz"))
        #expect(message.contains("brew install graphviz"))
        #expect(!message.contains("\n"))
    }

    @Test("a format that is not a plain name is refused before running dot")
    func invalidFormat() {
        #expect(throws: GraphvizError.invalidFormat("svg -o /tmp/x")) {
            try GraphvizRenderer().render(dot: "digraph \"g\" {}", format: "svg -o /tmp/x")
        }
    }

    @Test("a syntax error fails with dot's stderr on one line", .enabled(if: ExternalTool.hasDot))
    func syntaxError() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer().render(dot: "digraph { node -> a }")
        }
        guard case .failed(let status, let stderr) = error else {
            Issue.record("expected .failed, got \(error)")
            return
        }
        #expect(status != 0)
        #expect(stderr.contains("syntax error"))
        #expect(!error.description.contains("\n"))
    }

    @Test("a warning on stderr is an error even when dot succeeds", .enabled(if: ExternalTool.hasDot))
    func warningIsError() throws {
        let dot = "digraph \"w\" { graph [splines=ortho]; \"a\" -> \"b\" [label=\"x\"]; }"
        let error = try #require(throws: GraphvizError.self) { try GraphvizRenderer().render(dot: dot) }
        guard case .warnings(let stderr) = error else {
            Issue.record("expected .warnings, got \(error)")
            return
        }
        #expect(stderr.contains("Orthogonal edges"))
    }

    @Test("sfdp lays out every exported graph without a warning", .enabled(if: ExternalTool.hasDot))
    func sfdpRendersCleanly() throws {
        #expect(GraphvizLayout.dot.arguments.isEmpty)
        #expect(GraphvizLayout.sfdp.arguments == ["-Ksfdp", "-Goverlap=prism", "-Gsplines=line"])
        for graph in Self.graphs {
            let svg = try GraphvizRenderer().render(dot: DOTExporter().render(graph), layout: .sfdp)
            #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"), "graph \(graph.name)")
        }
    }

    @Test("other -T formats work", .enabled(if: ExternalTool.hasDot))
    func jsonFormat() throws {
        let output = try GraphvizRenderer().render(dot: DOTExporter().render(ExportFixtures.tricky), format: "json")
        #expect(String(decoding: output, as: UTF8.self).contains("\"objects\""))
    }
}
