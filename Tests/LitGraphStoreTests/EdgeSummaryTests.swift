import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphStore

/// Belief, years, flag counts and filters as the store reads them back, and schema version 3 (confidence).
@Suite("Edge summaries, filters and conflicts in the store")
struct EdgeSummaryTests {
    let directory: TemporaryDirectory
    let anxiety = Entity(id: "MESH:D001008", name: "anxiety", category: .phenotype)

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// Three documents (2012, 2016, no year): oxytocin reduces anxiety (stated, then denied), raises
    /// it (once), and reduces cortisol (plain, hedged with a model confidence).
    func documents() -> [AnnotatedDocument] {
        let o = Fixtures.oxytocin
        var first = DocumentBuilder(
            id: "1001", title: "Oxytocin and anxiety.",
            abstractSentences: ["Oxytocin reduced anxiety.", "Oxytocin reduced cortisol."], year: 2012)
        first.relate(
            (o, "Oxytocin"), .negativelyRegulates, .negative, (anxiety, "anxiety"), trigger: "reduced", sentence: 1)
        first.relate(
            (o, "Oxytocin"), .negativelyRegulates, .negative, (Fixtures.cortisol, "cortisol"), trigger: "reduced",
            sentence: 2)
        var second = DocumentBuilder(
            id: "1002", title: "Oxytocin in adults.",
            abstractSentences: ["Oxytocin increased anxiety.", "Oxytocin may reduce cortisol."], year: 2016)
        second.relate(
            (o, "Oxytocin"), .positivelyRegulates, .positive, (anxiety, "anxiety"), trigger: "increased", sentence: 1)
        second.relate(
            (o, "Oxytocin"), .negativelyRegulates, .negative, (Fixtures.cortisol, "cortisol"), trigger: "reduce",
            sentence: 2, hedged: true, confidence: 0.8)
        var third = DocumentBuilder(
            id: "1003", title: "A trial.", abstractSentences: ["Oxytocin did not reduce anxiety."], year: nil)
        third.relate(
            (o, "Oxytocin"), .negativelyRegulates, .negative, (anxiety, "anxiety"), trigger: "reduce", sentence: 1,
            negated: true)
        return [first.annotated, second.annotated, third.annotated]
    }

    func store() throws -> GraphStore {
        let store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
        try store.write(documents())
        return store
    }

    func edge(_ edges: [GraphEdge], to object: Entity, _ polarity: Polarity) -> GraphEdge? {
        edges.first { $0.relation.object == object && $0.relation.polarity == polarity }
    }

    @Test("belief, years, counts and confidence are read back")
    func summaries() throws {
        let edges = try store().edges(of: Fixtures.oxytocin.id, direction: .outgoing)
        let denied = try #require(edge(edges, to: anxiety, .negative))
        #expect((denied.evidenceCount, denied.documentCount, denied.negatedCount, denied.hedgedCount) == (2, 2, 1, 0))
        #expect(abs(denied.belief - 0.21) < 1e-12)
        #expect((denied.firstYear, denied.lastYear) == (2012, 2012))
        let cortisol = try #require(edge(edges, to: Fixtures.cortisol, .negative))
        #expect(abs(cortisol.belief - (1 - 0.3 * 0.6)) < 1e-12)
        #expect((cortisol.firstYear, cortisol.lastYear) == (2012, 2016))
        #expect(cortisol.evidence.map(\.confidence) == [nil, 0.8])
        #expect(cortisol.hedgedCount == 1)
    }

    @Test("the whole graph carries the same summaries as the edge query")
    func graphSummaries() throws {
        let store = try store()
        let graph = try store.graph(name: "g")
        let queried = try store.edges(of: Fixtures.oxytocin.id, direction: .both)
        for edge in graph.edges {
            let same = try #require(queried.first { $0.relation == edge.relation })
            #expect(same == edge)
        }
        #expect(graph.edges.count == 3)
        #expect(Set(graph.nodes.map(\.id)) == [Fixtures.oxytocin.id, anxiety.id, Fixtures.cortisol.id])
    }

    @Test("--exclude-hedged drops hedged rows and recomputes counts, belief and years")
    func excludeHedged() throws {
        let edges = try store().edges(
            of: Fixtures.oxytocin.id, direction: .outgoing, filter: EdgeFilter(excludesHedged: true))
        let cortisol = try #require(edge(edges, to: Fixtures.cortisol, .negative))
        #expect((cortisol.evidenceCount, cortisol.documentCount, cortisol.hedgedCount) == (1, 1, 0))
        #expect(abs(cortisol.belief - 0.7) < 1e-12)
        #expect((cortisol.firstYear, cortisol.lastYear) == (2012, 2012))
        #expect(cortisol.evidence.allSatisfy { !$0.isHedged })
    }

    @Test(
        "--min-evidence and --min-belief keep the edges that reach them",
        arguments: [
            (EdgeFilter(minimumEvidence: 2), ["negative MESH:D001008", "negative MESH:D006854"]),
            (EdgeFilter(minimumBelief: 0.7), ["negative MESH:D006854", "positive MESH:D001008"]),
            (EdgeFilter(minimumBelief: 0.8), ["negative MESH:D006854"]),
            (EdgeFilter(minimumEvidence: 2, excludesHedged: true), ["negative MESH:D001008"]),
            (EdgeFilter(minimumBelief: 0.95), []),
        ]
    )
    func thresholds(filter: EdgeFilter, expected: [String]) throws {
        let store = try store()
        let edges = try store.edges(of: Fixtures.oxytocin.id, direction: .outgoing, filter: filter)
        #expect(edges.map { "\($0.relation.polarity) \($0.relation.object.id)" }.sorted() == expected)
        let graph = try store.graph(name: "g", filter: filter)
        #expect(graph.edges.map { "\($0.relation.polarity) \($0.relation.object.id)" }.sorted() == expected)
        #expect(graph.nodes.isEmpty == expected.isEmpty)
    }

    @Test("conflicts: opposite polarity, and a statement with its denial, each with both sides")
    func conflicts() throws {
        let conflicts = try store().conflicts()
        #expect(conflicts.map(\.kind) == [.oppositePolarity, .statedAndNegated])
        let opposite = try #require(conflicts.first)
        #expect(opposite.subject == Fixtures.oxytocin && opposite.object == anxiety)
        #expect(opposite.first.map(\.evidence.documentID) == ["1002"])
        #expect(opposite.second.map(\.evidence.documentID) == ["1001"])
        let denial = try #require(conflicts.last)
        #expect(denial.first.map(\.evidence.documentID) == ["1001"])
        #expect(denial.second.map(\.evidence.documentID) == ["1003"])
        #expect(denial.second.allSatisfy { $0.evidence.isNegated })
        #expect(denial.sideLabels == ("stated", "negated"))
    }

    @Test(
        "a denial contradicts statements of its own sign, and an unsigned denial every statement",
        arguments: [
            (Polarity.unknown, Polarity.positive, true), (.unknown, .unknown, true), (.negative, .negative, true),
            (.negative, .positive, false), (.positive, .unknown, false),
        ]
    )
    func contradiction(denied: Polarity, stated: Polarity, expected: Bool) {
        #expect(RelationConflict.contradicts(denied, stated) == expected)
    }

    @Test("a version 2 database gains evidence.confidence in place and keeps its edges")
    func migratesVersionTwo() throws {
        let path = directory.path("v2.sqlite")
        let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 1000)
        try Migrator(migrations: Array(Migration.all.prefix(2))).migrate(connection)
        try connection.execute(
            """
            INSERT INTO documents VALUES ('7', '7', 'T.', 'Oxytocin reduced anxiety.', NULL, 2019, '[]', '[]', NULL, 'h');
            INSERT INTO sentences VALUES ('7', 1, 3, 28, 'Oxytocin reduced anxiety.');
            INSERT INTO entities VALUES ('MESH:D010121', 'oxytocin', 'chemical'), ('MESH:D001008', 'anxiety', 'phenotype');
            INSERT INTO relations VALUES (1, 'MESH:D010121', 'negatively_regulates', 'negative', 'MESH:D001008', 1, 1);
            INSERT INTO evidence VALUES (1, 1, '7', 1, 3, 11, 12, 19, 20, 27, 'reduced', 'active-verb', 0, 1);
            """
        )
        #expect(try queryRaw("PRAGMA user_version", at: path) == 2)
        let store = try GraphStore(path: path, mode: .readWrite)
        #expect(try store.connection.scalarInt("PRAGMA user_version") == Migration.currentVersion)
        let edges = try store.edges(of: "MESH:D010121", direction: .outgoing)
        #expect(edges.count == 1)
        #expect(edges.first?.evidence.first?.confidence == nil)
        #expect(edges.first.map { abs($0.belief - 0.35) < 1e-12 } == true)
        #expect(edges.first?.firstYear == 2019)
        #expect(try store.write(documents()).added == 3)
        #expect(
            try store.connection.scalarInt("SELECT count(*) FROM evidence WHERE confidence = 0.8") == 1)
    }

    @Test("the new column refuses a confidence outside 0...1")
    func confidenceCheck() throws {
        let store = try store()
        #expect(throws: SQLiteError.self) {
            try store.connection.execute("UPDATE evidence SET confidence = 1.5")
        }
    }
}
