import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("DOT exporter")
struct DOTExporterTests {
    let exporter = DOTExporter()

    /// The single line declaring the node or edge `prefix` (`"A"` or `"A" -> "B"`).
    func statement(startingWith prefix: String, in dot: String) -> String? {
        let lines = dot.split(separator: "\n").filter { $0.hasPrefix("  " + prefix + " [") }
        return lines.count == 1 ? lines.first.map(String.init) : nil
    }

    @Test("the tricky graph matches its golden file byte for byte")
    func golden() {
        GoldenFile(name: "tricky.dot").check(exporter.render(ExportFixtures.tricky))
    }

    @Test("the empty graph matches its golden file and is a named digraph")
    func emptyGolden() {
        let dot = exporter.render(ExportFixtures.empty)
        GoldenFile(name: "empty.dot").check(dot)
        #expect(dot.contains("digraph \"empty\" {"))
        #expect(!dot.contains("legend"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test("focus entities get a heavy black border, the class focus and a legend row; others are unchanged")
    func focus() throws {
        let plain = exporter.render(ExportFixtures.tricky)
        let dot = DOTExporter(focus: ["MESH:D010121", "not in the graph"]).render(ExportFixtures.tricky)
        let oxytocin = try #require(statement(startingWith: #""MESH:D010121""#, in: dot))
        #expect(oxytocin.contains(##"shape=ellipse, penwidth=3.0, color="#000000", fillcolor="#D9F0D3""##))
        #expect(oxytocin.contains(#"class="ChemicalEntity focus""#))
        #expect(dot.contains("outline: the focus of the diagram"))
        #expect(!plain.contains("focus"))
        let undone = dot.replacing(##" penwidth=3.0, color="#000000","##, with: "")
            .replacing("ChemicalEntity focus", with: "ChemicalEntity")
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("focus of the diagram") }
            .joined(separator: "\n")
        #expect(undone == plain)
    }

    @Test("graph header: named digraph, left to right, one font everywhere, no charset")
    func header() {
        let dot = exporter.render(ExportFixtures.tricky)
        #expect(dot.contains(#"digraph "tricky \"graph\" \\N β & <x>" {"#))
        #expect(dot.contains("rankdir=LR"))
        #expect(!dot.contains("charset"))
        let font = #"fontname="Helvetica,Arial,sans-serif""#
        for kind in ["graph", "node", "edge"] {
            #expect(statement(startingWith: kind, in: dot)?.contains(font) == true, "\(kind) defaults")
        }
    }

    @Test("nodes: quoted CURIE, escaped label, shape by category, class, id, tooltip and resolver URL")
    func nodes() throws {
        let dot = exporter.render(ExportFixtures.tricky)
        let oxytocin = try #require(statement(startingWith: #""MESH:D010121""#, in: dot))
        #expect(oxytocin.contains(#"label="oxytocin", shape=ellipse"#))
        #expect(oxytocin.contains(#"class="ChemicalEntity", id="n-MESH-D010121""#))
        #expect(oxytocin.contains(#"tooltip="MESH:D010121 · biolink:ChemicalEntity""#))
        #expect(oxytocin.contains(#"URL="https://meshb.nlm.nih.gov/record/ui?ui=D010121""#))
        let gene = try #require(statement(startingWith: #""NCBIGene:3569""#, in: dot))
        #expect(gene.contains(#"shape=box, style="rounded,filled""#))
        #expect(gene.contains(#"URL="https://www.ncbi.nlm.nih.gov/gene/3569""#))
        let ungrounded = try #require(statement(startingWith: #""LITGRAPH:hpa-axis""#, in: dot))
        #expect(ungrounded.contains(#"label="the \"HPA\" axis\nsecond line""#))
        #expect(ungrounded.contains("· ungrounded\""))
        #expect(!ungrounded.contains("URL="))
        let awkward = try #require(statement(startingWith: #""LITGRAPH:a\"b\\c""#, in: dot))
        #expect(awkward.contains(#"id="n-LITGRAPH-a-b-c""#))
        #expect(awkward.contains("shape=tab"))
    }

    @Test(
        "every category has its documented shape",
        arguments: [
            (EntityCategory.chemical, "ellipse"), (.geneOrProtein, "box"), (.disease, "hexagon"),
            (.phenotype, "hexagon"), (.biologicalProcess, "box"), (.physiologicalSystem, "box"),
            (.intervention, "parallelogram"), (.anatomy, "tab"), (.organism, "note"), (.other, "ellipse"),
        ]
    )
    func shapes(category: EntityCategory, shape: String) {
        #expect(DOTNodeStyle.forCategory(category).shape == shape)
        let rounded = DOTNodeStyle.forCategory(category).style == "rounded,filled"
        #expect(rounded == (category == .geneOrProtein))
    }

    @Test(
        "pen width is min(5, 1 + log2(evidence count)) with two decimals",
        arguments: [(0, "1.00"), (1, "1.00"), (2, "2.00"), (3, "2.58"), (10, "4.32"), (16, "5.00"), (1000, "5.00")]
    )
    func penWidth(count: Int, expected: String) {
        #expect(DOTEdgeStyle.penWidth(evidenceCount: count) == expected)
    }

    @Test("edges: arrowhead and colour by sign, label, tooltip with citations, PubMed URL, id and class")
    func edges() throws {
        let dot = exporter.render(ExportFixtures.tricky)
        let negative = try #require(statement(startingWith: #""MESH:D010121" -> "NCBIGene:3569""#, in: dot))
        #expect(negative.contains(##"label="negatively regulates", arrowhead=tee, color="#B2182B", penwidth=2.00"##))
        #expect(
            negative.contains(
                #"tooltip="negatively_regulates · negative · 2 sentences · belief 0.91 · PMID:123, PMID:456""#))
        #expect(negative.contains(#"URL="https://pubmed.ncbi.nlm.nih.gov/123/""#))
        #expect(negative.contains(#"class="negative", id="e-4""#))
        let unknown = try #require(statement(startingWith: #""MESH:D010121" -> "LITGRAPH:hpa-axis""#, in: dot))
        #expect(unknown.contains("arrowhead=odiamond"))
        #expect(unknown.contains("· abstract-1.txt, PMID:321\""))
        #expect(unknown.contains(#"URL="https://pubmed.ncbi.nlm.nih.gov/321/""#))
        let association = try #require(statement(startingWith: #""MESH:D012701" -> "LITGRAPH:tab""#, in: dot))
        #expect(association.contains("arrowhead=none"))
        #expect(association.contains("style=dashed"))
        let interaction = try #require(statement(startingWith: #""NCBIGene:3569" -> "MESH:D004723""#, in: dot))
        #expect(interaction.contains(##"dir=both, arrowhead=dot, arrowtail=dot, color="#2166AC""##))
        let noEvidence = try #require(statement(startingWith: #""node" -> "LITGRAPH:a\"b\\c""#, in: dot))
        #expect(noEvidence.contains(#"tooltip="regulates · unknown · 0 sentences · belief 0.00""#))
        #expect(!noEvidence.contains("URL="))
    }

    @Test("an all-negated edge is dotted and labelled NOT; an all-hedged one dashed and marked")
    func negationAndHedging() throws {
        let dot = exporter.render(ExportFixtures.tricky)
        let negated = try #require(statement(startingWith: #""LITGRAPH:backslash" -> "LITGRAPH:markup""#, in: dot))
        #expect(negated.contains(#"label="NOT causes""#))
        #expect(negated.contains("style=dotted"))
        let hedged = try #require(statement(startingWith: #""NCBIGene:3569" -> "MESH:D012701""#, in: dot))
        #expect(hedged.contains(#"label="positively regulates (hedged)""#))
        #expect(hedged.contains("arrowhead=normal"))
        #expect(hedged.contains("style=dashed"))
    }

    @Test("mixed evidence is neither negated nor hedged")
    func mixedEvidence() {
        let edge = ExportFixtures.edge(
            ExportFixtures.oxytocin, .positivelyRegulates, .positive, ExportFixtures.interleukin,
            evidence: [
                ExportFixtures.evidence("1", negated: true, hedged: true),
                ExportFixtures.evidence("2"),
            ]
        )
        let style = DOTEdgeStyle(edge: edge)
        #expect(style.label == "positively regulates")
        #expect(style.style == nil)
    }

    @Test("long citation lists are cut in the tooltip")
    func longTooltip() throws {
        let dot = exporter.render(ExportFixtures.manyDocuments)
        #expect(dot.contains("PMID:1020 and 5 more\""))
        #expect(!dot.contains("PMID:1021"))
        #expect(dot.contains("penwidth=5.00"))
    }

    @Test("edge endpoints missing from the node list are still declared, once")
    func missingEndpoints() {
        let edge = ExportFixtures.edges[0]
        let graph = KnowledgeGraph(name: "partial", nodes: [ExportFixtures.oxytocin], edges: [edge])
        let dot = exporter.render(graph)
        #expect(statement(startingWith: #""NCBIGene:3569""#, in: dot) != nil)
        #expect(statement(startingWith: #""MESH:D010121""#, in: dot) != nil)
    }

    @Test("SVG element ids are sanitised and unique")
    func elementIDs() {
        let dot = exporter.render(ExportFixtures.clashingIDs)
        #expect(dot.contains(#"id="n-LITGRAPH-a-b""#))
        #expect(dot.contains(#"id="n-LITGRAPH-a-b-2""#))
        #expect(dot.contains(#"id="n-LITGRAPH-a-b-3""#))
    }

    @Test("the legend lists the symbols used and avoids an entity called legend")
    func legend() throws {
        let dot = exporter.render(ExportFixtures.tricky)
        #expect(dot.contains("shape=plaintext"))
        for text in ["NOT: every sentence denies it", "(hedged): every sentence hedges it", "interacts with"] {
            #expect(dot.contains(text))
        }
        let other = exporter.render(ExportFixtures.legendEntity)
        #expect(other.contains(#"  "_legend" [shape=plaintext"#))
        #expect(!other.contains("interacts with"))
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

    @Test("an empty graph name falls back to a default so the SVG keeps a title")
    func emptyName() {
        let dot = exporter.render(ExportFixtures.unnamed)
        #expect(dot.contains(#"digraph "litgraph" {"#))
    }
}
