import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphTestSupport
import Testing

@Suite("Neo4j CSV exporter")
struct Neo4jCSVExporterTests {
    let exporter = Neo4jCSVExporter()

    /// The types `neo4j-admin database import` accepts in a `name:type` header field.
    static let types: Set<String> = [
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime",
        "time", "localdatetime", "datetime", "duration",
    ]

    @Test("the tricky graph matches its golden files byte for byte")
    func golden() {
        GoldenFile(name: "tricky-neo4j-nodes.csv").check(exporter.nodes(of: ExportFixtures.tricky))
        GoldenFile(name: "tricky-neo4j-relationships.csv").check(exporter.relationships(of: ExportFixtures.tricky))
        GoldenFile(name: "neo4j-import.sh").check(
            exporter.files(for: ExportFixtures.tricky).first { $0.name == "import.sh" }?.contents ?? "")
    }

    @Test("every header field is name:type with a type neo4j-admin accepts, or a special field")
    func headers() {
        let special: Set = [":LABEL", ":START_ID", ":END_ID", ":TYPE"]
        for field in Neo4jCSVExporter.nodeHeader + Neo4jCSVExporter.relationshipHeader where !special.contains(field) {
            let parts = field.split(separator: ":", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && !parts[0].isEmpty, "\(field)")
            let type = parts.last.map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) } ?? ""
            #expect(type == "ID" || Self.types.contains(type), "\(field)")
        }
        #expect(Neo4jCSVExporter.nodeHeader.contains { $0.hasSuffix(":ID") })
        #expect(Neo4jCSVExporter.nodeHeader.contains(":LABEL"))
        #expect(special.subtracting([":LABEL"]).isSubset(of: Neo4jCSVExporter.relationshipHeader))
    }

    /// `text` as a CSV reader gives it back: without the control characters ``CSVEscaping`` drops
    /// (all C0 controls but tab, newline and carriage return).
    static func readable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { $0.value >= 0x20 || ["\t", "\n", "\r"].contains($0) }))
    }

    @Test(
        "every fixture reads back as RFC 4180 CSV: rectangular, with every node and edge", arguments: ExportFixtures.all
    )
    func readsBack(graph: KnowledgeGraph) throws {
        let nodes = try #require(ExportReading.csvRecords(exporter.nodes(of: graph)))
        let relationships = try #require(ExportReading.csvRecords(exporter.relationships(of: graph)))
        #expect(nodes.first == Neo4jCSVExporter.nodeHeader)
        #expect(relationships.first == Neo4jCSVExporter.relationshipHeader)
        #expect(nodes.allSatisfy { $0.count == Neo4jCSVExporter.nodeHeader.count })
        #expect(relationships.allSatisfy { $0.count == Neo4jCSVExporter.relationshipHeader.count })
        let endpoints = graph.edges.flatMap { [$0.relation.subject.id, $0.relation.object.id] }
        #expect(Set(nodes.dropFirst().map { $0[0] }) == Set((graph.nodes.map(\.id) + endpoints).map(Self.readable)))
        #expect(nodes.count - 1 == Set(graph.nodes.map(\.id) + endpoints).count)
        #expect(relationships.count - 1 == graph.edges.count)
    }

    @Test("names with quotes, commas, line breaks and tabs come back exactly; control characters are dropped")
    func textRoundTrips() throws {
        let nodes = try #require(ExportReading.csvRecords(exporter.nodes(of: ExportFixtures.tricky)))
        let names = Dictionary(uniqueKeysWithValues: nodes.dropFirst().map { ($0[0], $0[1]) })
        #expect(names[ExportFixtures.axis.id] == "the \"HPA\" axis\nsecond line")
        #expect(names[ExportFixtures.tabbed.id] == "tab\there\r")
        #expect(names[ExportFixtures.awkwardID.id] == "strict")
        #expect(names[ExportFixtures.endorphin.id] == "β-endorphin é 中文")
    }

    @Test("arrays are |-separated, a | inside an item becomes ¦; unknown values are empty fields")
    func arrays() throws {
        let records = try #require(ExportReading.csvRecords(exporter.relationships(of: ExportFixtures.separators)))
        let header = Neo4jCSVExporter.relationshipHeader
        let row = try #require(records.first { $0[0] == ExportFixtures.variant.id })
        func field(_ name: String) -> String { header.firstIndex(of: name).map { row[$0] } ?? "?" }
        #expect(field(":TYPE") == "POSITIVELY_REGULATES")
        #expect(field("documents:string[]") == "900\u{A6}b|PMID:901")
        #expect(field("publications:string[]") == "PMID:901")
        #expect(field("sentences:string[]") == "R215W \u{A6} raised IL-6; a, b.|It raised \"IL-6\", again.")
        let other = try #require(records.first { $0[0] == ExportFixtures.serotonin.id })
        #expect(other[header.firstIndex(of: "first_year:int") ?? 0] == "")
        #expect(other[header.firstIndex(of: "object_direction_qualifier:string") ?? 0] == "")
    }

    @Test(
        "fields are quoted only when RFC 4180 needs it",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            (" padded", "\" padded\""), ("tab\tinside", "tab\tinside"), ("nul\u{0}bell\u{7}", "nulbell"), ("", ""),
        ])
    func quoting(input: String, expected: String) {
        #expect(CSVEscaping.field(input) == expected)
    }

    @Test("the import command names both files, the array delimiter and multi-line fields")
    func importCommand() {
        #expect(
            Neo4jCSVExporter.importCommand()
                == "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv"
                + " '--array-delimiter=|' --multiline-fields=true neo4j")
        #expect(
            exporter.files(for: ExportFixtures.empty).map(\.name) == ["nodes.csv", "relationships.csv", "import.sh"])
    }
}
