import Foundation
import LitGraphExport
import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Belief, years, filters, conflicts, the JSON export and generic concepts, end to end on
/// ``BeliefCorpus`` built by the real extractor.
@Suite struct BeliefCorpusTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("graph.sqlite")
        let paths = try BeliefCorpus.write(into: directory)
        _ = try VocabularyImport().run(path: paths.vocabulary, databasePath: database)
        _ = try BuildTests.builder.build(inputs: [paths.corpus], databasePath: database)
    }

    /// `subject object polarity evidence documents negated hedged belief first last` per row.
    func rows(_ report: Report) -> [String] {
        report.rendered(as: .tsv).split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return [1, 5, 3, 6, 7, 8, 9, 10, 11, 12].map { String(cells[$0]) }.joined(separator: " ")
        }
    }

    @Test("per relation: evidence, documents, flags, belief from the formula, first and last year")
    func relations() throws {
        let report = try GraphQueries(databasePath: database).relations(
            of: "oxytocin", direction: .outgoing, predicate: nil)
        #expect(
            rows(report) == [
                "oxytocin anxiety negative 2 2 1 0 0.21 2012 2020",
                "oxytocin cortisol negative 2 2 0 1 0.805 2016 2020",
                "oxytocin social behavior positive 2 2 0 0 0.91 2012 2020",
                "oxytocin anxiety positive 1 1 0 0 0.7 2016 2016",
            ])
        let cortisol = try GraphQueries(databasePath: database).relations(
            of: "cortisol", direction: .outgoing, predicate: nil)
        #expect(rows(cortisol) == ["cortisol anxiety positive 1 1 0 0 0.7  "])
    }

    @Test(
        "each filter, shared by query and export",
        arguments: [
            (EdgeFilter(minimumEvidence: 2), ["anxiety negative", "cortisol negative", "social behavior positive"]),
            (EdgeFilter(minimumBelief: 0.8), ["cortisol negative", "social behavior positive"]),
            (EdgeFilter(minimumBelief: 0.5), ["anxiety positive", "cortisol negative", "social behavior positive"]),
            (
                EdgeFilter(excludesHedged: true),
                ["anxiety negative", "anxiety positive", "cortisol negative", "social behavior positive"]
            ),
            (EdgeFilter(minimumEvidence: 2, excludesHedged: true), ["anxiety negative", "social behavior positive"]),
        ]
    )
    func filters(filter: EdgeFilter, expected: [String]) throws {
        let report = try GraphQueries(databasePath: database).relations(
            of: "oxytocin", direction: .outgoing, predicate: nil, filter: filter)
        let queried = report.rendered(as: .tsv).split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return "\(cells[5]) \(cells[3])"
        }
        #expect(queried.sorted() == expected)
        let graph = try GraphExports(databasePath: database, filter: filter).graph
        let exported = graph.edges.filter { $0.relation.subject.name == "oxytocin" }.map {
            "\($0.relation.object.name) \($0.relation.polarity)"
        }
        #expect(exported.sorted() == expected)
    }

    @Test("--exclude-hedged recomputes the hedged edge from its plain sentence")
    func excludeHedgedValues() throws {
        let report = try GraphQueries(databasePath: database).relations(
            of: "oxytocin", direction: .outgoing, predicate: nil, filter: EdgeFilter(excludesHedged: true))
        #expect(rows(report).contains("oxytocin cortisol negative 1 1 0 0 0.7 2020 2020"))
    }

    @Test("conflicts: opposite polarity and stated-and-negated, with the evidence on both sides")
    func conflicts() throws {
        let report = try GraphQueries(databasePath: database).conflicts()
        let lines = report.rendered(as: .tsv).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            lines.first?.prefix(7) == ["conflict", "kind", "subject", "subject_name", "object", "object_name", "side"])
        let summary = lines.dropFirst().map {
            [$0[0], $0[1], $0[5], $0[6], $0[9], $0[11], $0[13]].joined(separator: "|")
        }
        #expect(
            summary == [
                "1|opposite-polarity|anxiety|positive|1002|no|Oxytocin increased anxiety in stressed adults.",
                "1|opposite-polarity|anxiety|negative|1001|no|Oxytocin reduced anxiety in healthy volunteers.",
                "2|stated-and-negated|anxiety|stated|1001|no|Oxytocin reduced anxiety in healthy volunteers.",
                "2|stated-and-negated|anxiety|negated|1003|yes|Oxytocin did not reduce anxiety in this cohort.",
            ])
    }

    @Test("the JSON export carries evidence_count, document_count, belief and years per edge")
    func jsonExport() throws {
        let text = try DatabaseExport.render(.json, databasePath: database)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let edges = try #require(document["edges"] as? [[String: Any]])
        let cortisol = try #require(
            edges.first { ($0["source"] as? String) == "MESH:D010121" && ($0["target"] as? String) == "MESH:D006854" })
        #expect(cortisol["evidence_count"] as? Int == 2)
        #expect(cortisol["document_count"] as? Int == 2)
        #expect(cortisol["belief"] as? Double == 0.805)
        #expect(cortisol["first_year"] as? Int == 2016)
        #expect(cortisol["last_year"] as? Int == 2020)
        let undated = try #require(edges.first { ($0["source"] as? String) == "MESH:D006854" })
        #expect(undated["first_year"] is NSNull)
        #expect(
            edges.allSatisfy { $0["belief"] is Double && $0["evidence_count"] is Int && $0["document_count"] is Int })
    }

    @Test("generic concepts are not nodes unless --keep-generic")
    func genericConcepts() throws {
        let nodes = try GraphExports(databasePath: database).graph.nodes.map(\.id)
        #expect(!nodes.contains("MESH:D004194"))
        #expect(
            try GraphStore(path: database, mode: .readOnly).entities(matching: "disease").map(\.id) == ["MESH:D004194"])
        let keeping = directory.path("keep.sqlite")
        let paths = try BeliefCorpus.write(into: directory)
        _ = try VocabularyImport().run(path: paths.vocabulary, databasePath: keeping)
        var builder = BuildTests.builder
        builder.keepsGenericConcepts = true
        _ = try builder.build(inputs: [paths.corpus], databasePath: keeping)
        let kept = try GraphExports(databasePath: keeping).graph.edges.map {
            "\($0.relation.subject.id) \($0.relation.object.id)"
        }
        #expect(kept.contains("MESH:D006854 MESH:D004194"))
    }

    @Test(
        "the generic rule: listed identifiers and names, whatever the source",
        arguments: [
            (Entity(id: "MESH:D010361", name: "Patients", category: .other), true),
            (Entity(id: "NCBITaxon:9606", name: "patients", category: .organism), true),
            (Entity(id: "LITGRAPH:cells", name: "Cells", category: .anatomy), true),
            (Entity(id: "MESH:D004194", name: "Disease", category: .disease), true),
            (Entity(id: "MESH:D009369", name: "cancer", category: .disease), false),
            (Entity(id: "MESH:D010121", name: "oxytocin", category: .chemical), false),
            (Entity(id: "NCBITaxon:1280", name: "Staphylococcus aureus", category: .organism), false),
        ]
    )
    func genericRule(entity: Entity, generic: Bool) {
        #expect(GenericConcepts.contains(entity) == generic)
    }
}
