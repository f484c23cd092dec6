import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("SIF exporter")
struct SIFExporterTests {
    let exporter = SIFExporter()

    @Test("the tricky and separators graphs match their golden files byte for byte")
    func golden() {
        GoldenFile(name: "tricky.sif").check(exporter.render(ExportFixtures.tricky))
        GoldenFile(name: "separators.sif").check(exporter.render(ExportFixtures.separators))
    }

    @Test(
        "one line of three tab-separated fields per edge, one field per node without edges",
        arguments: ExportFixtures.all)
    func lines(graph: KnowledgeGraph) throws {
        let text = exporter.render(graph)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let fields = lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let edges = fields.filter { $0.count == 3 }
        #expect(edges.count == graph.edges.count)
        #expect(fields.allSatisfy { $0.count == 3 || $0.count == 1 })
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        let names = Set(fields.map { String($0[0]) } + edges.map { String($0[2]) })
        #expect(names.count == Set(graph.nodes.map(\.id) + endpoints).count)
        #expect(Set(lines).count == lines.count, "Cytoscape drops repeated lines")
    }

    @Test("a tab or line break in an identifier becomes a space; spaces stay")
    func names() {
        let text = exporter.render(ExportFixtures.separators)
        #expect(text.contains("LITGRAPH:two words and tab\tassociated_with_negative\tMESH:D012701\n"))
        #expect(text.hasSuffix("NCBITaxon:9606\n"))
    }

    @Test(
        "the interaction is the predicate, with the polarity when it is not the predicate's own",
        arguments: [
            (RelationPredicate.positivelyRegulates, Polarity.positive, "positively_regulates"),
            (.negativelyRegulates, .negative, "negatively_regulates"), (.regulates, .unknown, "regulates"),
            (.regulates, .positive, "regulates_positive"), (.causes, .positive, "causes"),
            (.treats, .negative, "treats"), (.treats, .positive, "treats_positive"),
            (.associatedWith, .negative, "associated_with_negative"), (.interactsWith, .unknown, "interacts_with"),
        ])
    func interaction(predicate: RelationPredicate, polarity: Polarity, expected: String) {
        let relation = Relation(
            subject: ExportFixtures.oxytocin, predicate: predicate, polarity: polarity, object: ExportFixtures.human)
        #expect(SIFExporter.interaction(for: relation) == expected)
    }
}
