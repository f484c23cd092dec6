import Foundation
import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Every query command's report in every format, byte for byte.
///
/// The graph is ``TrickyCorpus``, written through the real store. Re-record with `LITGRAPH_RECORD_GOLDEN=1` and review the diff.
@Suite struct QueryFormatGoldenTests {
    /// One report of each command.
    enum Query: String, CaseIterable, CustomTestStringConvertible {
        case query, neighbors, evidence, path, search, entities, stats, conflicts

        /// The report on the tricky graph.
        func report(_ queries: GraphQueries) throws -> Report {
            switch self {
            case .query: try queries.relations(of: "IL-6", direction: .both, predicate: nil)
            case .neighbors: try queries.neighbors(of: "IL-6", hops: 2)
            case .evidence: try queries.evidence(subject: "IL-6", object: "oxytocin")
            case .path: try queries.paths(from: "oxytocin", to: "MESH:D004723", query: PathQuery(maximumHops: 3))
            case .search: try queries.search("oxytocin OR strict* OR cause", limit: 10)
            case .entities: try queries.entities(matching: "-")
            case .stats: try queries.statistics()
            case .conflicts: try queries.conflicts()
            }
        }

        var testDescription: String { rawValue }
    }

    let directory: TemporaryDirectory
    let queries: GraphQueries

    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("tricky.sqlite")
        try GraphStore(path: path, mode: .readWrite).write(TrickyCorpus.documents)
        queries = try GraphQueries(databasePath: path)
    }

    @Test(arguments: Query.allCases, ReportFormat.allCases)
    func golden(_ query: Query, _ format: ReportFormat) throws {
        let text = try query.report(queries).rendered(as: format)
        GoldenFile(name: "\(query.rawValue).\(format.rawValue)").check(text)
    }

    @Test(
        "coloured tables: a bold header, signs in green and red, marks in colour", arguments: [Query.path, .evidence])
    func coloured(_ query: Query) throws {
        let text = try query.report(queries).rendered(as: .table, style: ReportStyle(usesColor: true))
        GoldenFile(name: "\(query.rawValue)-color.table").check(text)
    }

    @Test("machine formats parse back to the same rows")
    func machineFormatsAgree() throws {
        for query in Query.allCases where query != .stats {
            let report = try query.report(queries)
            let json = try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [Any]
            let lines = report.rendered(as: .jsonl).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.last == "")
            let objects = try lines.dropLast().map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
            #expect(json?.count == report.rows.count && objects.count == report.rows.count, "\(query)")
            let tsv = report.rendered(as: .tsv).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(tsv.count == report.rows.count + 2, "\(query): a header, a line per row, a final newline")
            #expect(
                tsv.dropLast().allSatisfy {
                    $0.split(separator: "\t", omittingEmptySubsequences: false).count == report.columns.count
                })
        }
    }
}
