import LitGraphModel
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// The query filters added for `litgraph query` (years, negated and hedged sentences in or out,
/// polarity, partner category) and its order and limit, on ``BeliefCorpus`` built by the real
/// extractor: oxytocin −| anxiety (a disease; 2012 stated, 2020 negated), → anxiety (2016), −|
/// cortisol (a chemical; 2016 hedged, 2020), → social behavior (2012, 2020).
@Suite struct QueryFilterTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("graph.sqlite")
        let paths = try BeliefCorpus.write(into: directory)
        _ = try BuildTests.builder.build(inputs: [paths.corpus], databasePath: database)
    }

    /// `object polarity evidence belief first last` per row of `query oxytocin --direction out`.
    func queried(_ filter: EdgeFilter, order: EdgeOrder = .evidence, limit: Int? = nil) throws -> [String] {
        let report = try GraphQueries(databasePath: database).relations(
            of: "oxytocin", direction: .outgoing, predicate: nil, filter: filter, order: order, limit: limit)
        return report.rendered(as: .tsv).split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return [5, 3, 6, 10, 11, 12].map { String(cells[$0]) }.joined(separator: " ")
        }
    }

    @Test(
        "each evidence filter recomputes counts, belief and years over the sentences it keeps",
        arguments: [
            (
                EdgeFilter(latestYear: 2012),
                ["anxiety negative 1 0.7 2012 2012", "social behavior positive 1 0.7 2012 2012"]
            ),
            (
                EdgeFilter(earliestYear: 2013, latestYear: 2019),
                ["anxiety positive 1 0.7 2016 2016", "cortisol negative 1 0.35 2016 2016"]
            ),
            (EdgeFilter(earliestYear: 2030), []),
            (
                EdgeFilter(excludesNegated: true),
                [
                    "cortisol negative 2 0.805 2016 2020", "social behavior positive 2 0.91 2012 2020",
                    "anxiety positive 1 0.7 2016 2016", "anxiety negative 1 0.7 2012 2012",
                ]
            ),
            (EdgeFilter(onlyNegated: true), ["anxiety negative 1 0.0 2020 2020"]),
            (EdgeFilter(onlyHedged: true), ["cortisol negative 1 0.35 2016 2016"]),
            (EdgeFilter(excludesNegated: true, onlyNegated: true), []),
        ])
    func evidenceFilters(_ filter: EdgeFilter, _ expected: [String]) throws {
        #expect(try queried(filter) == expected)
    }

    @Test(
        "polarity and partner category keep relations; the partner is the end that is not the entity queried",
        arguments: [
            (EdgeFilter(polarities: [.positive]), ["social behavior positive", "anxiety positive"]),
            (EdgeFilter(polarities: [.unknown]), []),
            (EdgeFilter(partnerCategories: [.chemical]), ["cortisol negative"]),
            (EdgeFilter(partnerCategories: [.disease]), ["anxiety negative", "anxiety positive"]),
            (EdgeFilter(partnerCategories: [.geneOrProtein]), []),
        ])
    func relationFilters(_ filter: EdgeFilter, _ expected: [String]) throws {
        #expect(try queried(filter).map { $0.split(separator: " ").dropLast(4).joined(separator: " ") } == expected)
    }

    @Test("--sort belief puts the most credible first; --limit keeps the first N")
    func sortAndLimit() throws {
        let byBelief = try queried(.none, order: .belief)
        #expect(
            byBelief.map { $0.split(separator: " ").dropLast(4).joined(separator: " ") } == [
                "social behavior positive", "cortisol negative", "anxiety positive", "anxiety negative",
            ])
        #expect(try queried(.none, order: .belief, limit: 2) == Array(byBelief.prefix(2)))
    }

    @Test("evidence of unknown year is left out once a year range is asked for")
    func unknownYears() throws {
        let queries = try GraphQueries(databasePath: database)
        #expect(try queries.relations(of: "cortisol", direction: .outgoing, predicate: nil).rows.count == 1)
        let ranged = try queries.relations(
            of: "cortisol", direction: .outgoing, predicate: nil, filter: EdgeFilter(earliestYear: 1900))
        #expect(ranged.isEmpty)
    }

    @Test("export honours the evidence filters the same way")
    func exportAgrees() throws {
        let filter = EdgeFilter(excludesNegated: true, polarities: [.negative], earliestYear: 2016)
        let edges = try GraphExports(databasePath: database, filter: filter).graph.edges
        #expect(edges.map { "\($0.relation.object.name) \($0.evidenceCount)" } == ["cortisol 2"])
    }
}
