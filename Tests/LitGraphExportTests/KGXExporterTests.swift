import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("KGX exporter")
struct KGXExporterTests {
    let exporter = KGXExporter()

    @Test(
        "the tricky graph matches its golden files byte for byte",
        arguments: [KGXExporter.Serialization.tsv, .jsonLines])
    func golden(serialization: KGXExporter.Serialization) {
        for file in exporter.files(for: ExportFixtures.tricky, baseName: "tricky", as: serialization) {
            GoldenFile(name: file.name).check(file.contents)
        }
    }

    @Test("the separators graph matches its golden TSV files")
    func separatorsGolden() {
        for file in exporter.files(for: ExportFixtures.separators, baseName: "separators", as: .tsv) {
            GoldenFile(name: file.name).check(file.contents)
        }
    }

    @Test("files are named <name>_nodes and <name>_edges, as kgx transform names them")
    func fileNames() {
        #expect(
            exporter.files(for: ExportFixtures.empty, baseName: "g", as: .tsv).map(\.name) == [
                "g_nodes.tsv", "g_edges.tsv",
            ])
        #expect(
            exporter.files(for: ExportFixtures.empty, baseName: "g", as: .jsonLines).map(\.name)
                == ["g_nodes.jsonl", "g_edges.jsonl"])
    }

    @Test(
        "TSV is rectangular: a header, then rows with as many cells, none with a |-less list split",
        arguments: ExportFixtures.all)
    func tsvRectangular(graph: KnowledgeGraph) throws {
        let nodes = try #require(ExportReading.tsvRows(exporter.nodes(of: graph, as: .tsv)))
        let edges = try #require(ExportReading.tsvRows(exporter.edges(of: graph, as: .tsv)))
        #expect(nodes.first == KGXExporter.nodeColumns)
        #expect(edges.first == KGXExporter.edgeColumns)
        #expect(nodes.allSatisfy { $0.count == KGXExporter.nodeColumns.count })
        #expect(edges.allSatisfy { $0.count == KGXExporter.edgeColumns.count })
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        #expect(nodes.count - 1 == Set(graph.nodes.map(\.id) + endpoints).count)
        #expect(edges.count - 1 == graph.edges.count)
        let nodeIDs = Set(nodes.dropFirst().map { $0[0] })
        #expect(edges.dropFirst().allSatisfy { nodeIDs.contains($0[1]) && nodeIDs.contains($0[3]) })
    }

    @Test("JSON Lines: one object per line, the same records as the TSV", arguments: ExportFixtures.all)
    func jsonLines(graph: KnowledgeGraph) throws {
        for (text, count) in [
            (
                exporter.nodes(of: graph, as: .jsonLines),
                try #require(ExportReading.tsvRows(exporter.nodes(of: graph, as: .tsv))).count - 1
            ),
            (exporter.edges(of: graph, as: .jsonLines), graph.edges.count),
        ] {
            #expect(text.isEmpty || text.hasSuffix("\n"))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == count)
            for line in lines {
                #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
            }
        }
    }

    @Test("| never sits inside a TSV value: %7C in identifiers, ¦ in text; tabs and line breaks become spaces")
    func tsvSeparators() throws {
        let edges = try #require(ExportReading.tsvRows(exporter.edges(of: ExportFixtures.separators, as: .tsv)))
        let header = try #require(edges.first)
        let row = try #require(edges.first { $0[1].hasPrefix("tmVar:") })
        func cell(_ column: String) -> String { header.firstIndex(of: column).map { row[$0] } ?? "" }
        #expect(cell("subject") == "tmVar:p%7CSUB%7CR%7C215%7CW")
        #expect(cell("supporting_text") == "R215W \u{A6} raised IL-6; a, b.|It raised \"IL-6\", again.")
        #expect(cell("publications") == "PMID:901")
        let spaced = try #require(edges.first { $0[1].hasPrefix("LITGRAPH:two") })
        #expect(spaced[1] == "LITGRAPH:two words and tab")
        let nodes = exporter.nodes(of: ExportFixtures.separators, as: .jsonLines)
        #expect(nodes.contains(#""id":"tmVar:p%7CSUB%7CR%7C215%7CW""#))
        #expect(nodes.contains(#""name":"R215W | Arg215Trp; \"x\", y""#))
    }

    @Test("a negated edge says so; edges of other kinds leave negated out")
    func negated() throws {
        let jsonLines = exporter.edges(of: ExportFixtures.tricky, as: .jsonLines).split(separator: "\n")
        let negated = jsonLines.filter { $0.contains(#""negated":true"#) }
        #expect(negated.count == 1)
        #expect(negated.first?.contains(#""subject":"LITGRAPH:backslash""#) == true)
        #expect(!jsonLines.contains { $0.contains(#""negated":false"#) })
    }

    @Test("edge ids are URNs of the relation key, unique per edge")
    func edgeIDs() {
        #expect(
            KGXExporter.edgeID(key: "MESH:D010121|regulates|unknown|LITGRAPH:a b")
                == "urn:litgraph:MESH:D010121%7Cregulates%7Cunknown%7CLITGRAPH:a%20b")
        let edges = exporter.edges(of: ExportFixtures.tricky, as: .tsv).split(separator: "\n").dropFirst()
        let ids = edges.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[0] }
        #expect(Set(ids).count == ExportFixtures.edges.count)
    }

    @Test(
        "predicates and qualifiers follow the FORMATS.md §4.3 table",
        arguments: [
            (
                RelationPredicate.positivelyRegulates, Polarity.positive, EntityCategory.geneOrProtein,
                "biolink:affects biolink:causes activity_or_abundance increased biolink:ChemicalAffectsGeneAssociation"
            ),
            (
                .negativelyRegulates, .negative, .phenotype,
                "biolink:affects biolink:causes - decreased biolink:Association"
            ),
            (
                .regulates, .negative, .chemical,
                "biolink:affects biolink:causes activity_or_abundance decreased biolink:Association"
            ),
            (.regulates, .unknown, .geneOrProtein, "biolink:affects - - - biolink:ChemicalAffectsGeneAssociation"),
            (.causes, .positive, .disease, "biolink:causes - - - biolink:Association"),
            (.treats, .negative, .disease, "biolink:treats_or_applied_or_studied_to_treat - - - biolink:Association"),
            (.interactsWith, .unknown, .geneOrProtein, "biolink:interacts_with - - - biolink:Association"),
            (.associatedWith, .positive, .disease, "biolink:positively_correlated_with - - - biolink:Association"),
            (.associatedWith, .negative, .disease, "biolink:negatively_correlated_with - - - biolink:Association"),
            (.associatedWith, .unknown, .disease, "biolink:associated_with - - - biolink:Association"),
        ])
    func mapping(predicate: RelationPredicate, polarity: Polarity, objectCategory: EntityCategory, expected: String) {
        let subject = ExportFixtures.oxytocin
        let object = Entity(id: "X:1", name: "x", category: objectCategory)
        let mapping = BiolinkEdgeMapping(
            relation: Relation(subject: subject, predicate: predicate, polarity: polarity, object: object))
        let terms = [
            mapping.predicate, mapping.qualifiedPredicate ?? "-", mapping.objectAspectQualifier ?? "-",
            mapping.objectDirectionQualifier ?? "-", mapping.category,
        ]
        #expect(terms.joined(separator: " ") == expected)
    }
}
