import Foundation
import LitGraphExport
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

    /// Every place in `svg` where markup could run code: a script or foreignObject element, an
    /// `on…=` attribute, a `javascript:` link.
    ///
    /// Comments, quoted attribute values and text between tags are blanked out first (Graphviz
    /// writes `"` inside them as `&quot;`), so a name such as `" onload="x` shown as text, in a
    /// tooltip or in a comment is not mistaken for an attribute; what is left is tag and
    /// attribute names.
    static func executableMarkup(in svg: String) -> [String] {
        var markup = svg
        for (pattern, replacement) in [(#"<!--.*?-->"#, ""), (#""[^"]*""#, "\"\""), (#">[^<]*<"#, "><")] {
            let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            markup =
                expression?.stringByReplacingMatches(
                    in: markup, range: NSRange(markup.startIndex..., in: markup), withTemplate: replacement) ?? ""
        }
        let links = matches(of: #"href\s*=\s*"\s*javascript:"#, in: svg)
        return links
            + [#"<\s*script"#, #"<\s*foreignObject"#, #"\son[a-z]+\s*="#].flatMap { matches(of: $0, in: markup) }
    }

    /// The texts matching the case-insensitive regular expression `pattern` in `text`.
    static func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return ["bad pattern \(pattern)"]
        }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test(
        "no script, event attribute or javascript: link, whatever the names", arguments: subjects,
        GraphvizLayout.allCases)
    func noExecutableMarkup(subject: DiagramSubject, layout: GraphvizLayout) throws {
        let diagram = try GraphDiagram(databasePath: database, subject: subject)
        #expect(diagram.graph.nodes.contains { $0.id == TrickyCorpus.script.id })
        let data = try GraphvizRenderer().render(dot: diagram.dot, format: "svg", layout: layout)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(Self.executableMarkup(in: svg).isEmpty, "\(Self.executableMarkup(in: svg))")
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "the name is shown as text")
        let parsed = try XMLDocument(data: data)
        #expect(parsed.rootElement()?.name == "svg", "well-formed XML")
        let elements = try parsed.nodes(forXPath: "//*").compactMap { $0 as? XMLElement }
        #expect(elements.count > 10)
        for element in elements {
            #expect(!["script", "foreignObject"].contains(element.localName ?? ""))
            for attribute in element.attributes ?? [] {
                let name = (attribute.localName ?? attribute.name ?? "").lowercased()
                #expect(!name.hasPrefix("on"), "event attribute \(name) on \(element.name ?? "")")
                let value = (attribute.stringValue ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                #expect(!(name == "href" && value.hasPrefix("javascript:")), "link \(value)")
            }
        }
    }

    @Test("the checker finds what it looks for")
    func checkerWorks() {
        let found = Self.executableMarkup(
            in:
                #"<svg><script>x</script><g onload="y"/><a xlink:href="javascript:z"/><text>&quot; onload=</text></svg>"#
        )
        #expect(found.count == 3)
    }
}
