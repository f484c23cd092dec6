import Foundation
import LitGraphExport
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The rendered diagram of a graph whose names, identifiers and document ids are markup
/// (``TrickyCorpus/markupAttack``): the SVG holds no script, no event attribute and no
/// `javascript:` link, with either layout engine.
@Suite(.enabled(if: GraphvizRenderer().executableURL != nil))
struct DiagramSVGTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("tricky.sqlite")
        try GraphStore(path: database, mode: .readWrite).write(TrickyCorpus.documents + [TrickyCorpus.markupAttack])
    }

    /// The subjects drawn: the hostile entity's neighbourhood, and a path through it.
    static let subjects: [DiagramSubject] = [
        .neighbourhood(entity: TrickyCorpus.script.id, hops: 3, maximumEdges: 60),
        .paths(from: "oxytocin", to: TrickyCorpus.javascript.id, maximumHops: 3, count: 5, undirected: false),
    ]

    @Test(
        "no script, event attribute or javascript: link, whatever the names", arguments: subjects,
        GraphvizLayout.allCases)
    func noExecutableMarkup(subject: DiagramSubject, layout: GraphvizLayout) throws {
        let diagram = try GraphDiagram(databasePath: database, subject: subject)
        #expect(diagram.graph.nodes.contains { $0.id == TrickyCorpus.script.id })
        let data = try GraphvizRenderer().render(dot: diagram.dot, format: "svg", layout: layout)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(SVGSafety.executableMarkup(in: svg).isEmpty, "\(SVGSafety.executableMarkup(in: svg))")
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "the name is shown as text")
        let parsed = try XMLDocument(data: data)
        #expect(parsed.rootElement()?.name == "svg", "well-formed XML")
        #expect(try parsed.nodes(forXPath: "//*").count > 10)
        #expect(SVGSafety.executableMarkup(in: parsed).isEmpty, "\(SVGSafety.executableMarkup(in: parsed))")
    }

    @Test(
        "the hostile corpus, read and built for real, draws as well-formed, inert SVG",
        arguments: GraphvizLayout.allCases)
    func hostileCorpus(layout: GraphvizLayout) throws {
        let input = try directory.write(HostileCorpus.bioCJSON, to: "hostile.json")
        let path = directory.path("hostile-\(layout).sqlite")
        let summary = try GraphBuilder(extractor: try Extractor.builtIn()).build(inputs: [input], databasePath: path)
        #expect(summary.documentsRead == HostileCorpus.documentCount)
        let subject = DiagramSubject.neighbourhood(
            entity: HostileCorpus.bidirectional.identifier, hops: 6, maximumEdges: 60)
        let diagram = try GraphDiagram(databasePath: path, subject: subject)
        #expect(diagram.graph.nodes.count == HostileCorpus.names.count)
        let data = try GraphvizRenderer().render(dot: diagram.dot, format: "svg", layout: layout)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(SVGSafety.executableMarkup(in: svg).isEmpty, "\(SVGSafety.executableMarkup(in: svg))")
        let parsed = try XMLDocument(data: data)
        #expect(SVGSafety.executableMarkup(in: parsed).isEmpty, "\(SVGSafety.executableMarkup(in: parsed))")
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) })
        #expect(svg.contains("\u{241B}[31m"), "the identifier's ESC is drawn as ␛ in its title")
    }

    @Test("the checker finds what it looks for")
    func checkerWorks() {
        let found = SVGSafety.executableMarkup(
            in:
                #"<svg><script>x</script><g onload="y"/><a xlink:href="javascript:z"/><text>&quot; onload=</text></svg>"#
        )
        #expect(found.count == 3)
    }
}
