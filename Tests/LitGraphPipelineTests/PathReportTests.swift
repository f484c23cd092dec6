import LitGraphPipeline
import LitGraphStore
import LitGraphTestSupport
import Testing

/// `GraphQueries.paths`: entity resolution, the rows of a path, and the hint for a path that only
/// exists against the arrows; on ``TrickyCorpus`` written through the real store.
@Suite struct PathReportTests {
    let directory: TemporaryDirectory
    let queries: GraphQueries

    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("tricky.sqlite")
        try GraphStore(path: path, mode: .readWrite).write(TrickyCorpus.documents)
        queries = try GraphQueries(databasePath: path)
    }

    @Test("one row per step, numbered; the chain's sign and score repeated on each")
    func rows() throws {
        let report = try queries.paths(from: "oxytocin", to: "graph", query: PathQuery(maximumHops: 2))
        let lines = report.rendered(as: .tsv).split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let header = try #require(lines.first)
        let columns = [
            "path", "step", "subject_name", "object_name", "direction", "belief", "chain_sign", "path_score",
        ]
        let picked = lines.dropFirst().map { cells in
            columns.compactMap { header.firstIndex(of: $0) }.map { cells[$0] }.joined(separator: " ")
        }
        #expect(
            picked == [
                "1 1 oxytocin IL-6 forward 0.91 unsigned 0.637", "1 2 IL-6 graph forward 0.7 unsigned 0.637",
            ])
    }

    @Test("against the arrows only: nothing, and the hint says --undirected finds a path")
    func hint() throws {
        let query = PathQuery(maximumHops: 3)
        #expect(try queries.paths(from: "MESH:D004723", to: "oxytocin", query: query).isEmpty)
        #expect(try queries.pathExistsUndirected(from: "MESH:D004723", to: "oxytocin", query: query))
        #expect(try !queries.pathExistsUndirected(from: "MESH:D004723", to: "psychotherapy", query: query))
    }

    @Test("both ends naming one entity is refused")
    func sameEnds() throws {
        #expect(throws: PipelineError.samePathEnds("MESH:D010121")) {
            try queries.paths(from: "oxytocin", to: "MESH:D010121")
        }
    }
}
