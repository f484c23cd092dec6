import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph export` in every format, run as a user runs it, on the example graph.
@Suite struct ExportCommandTests {
    let built: CommandLineTests.BuiltExample

    init() throws {
        built = try CommandLineTests.BuiltExample()
    }

    /// Runs `litgraph export --db <example> arguments…`.
    func export(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try built.litgraph.run(["export", "--db", built.database] + arguments)
    }

    /// The number of nodes and edges the example graph has, as the node-link export lists them.
    func counts() throws -> (nodes: Int, edges: Int) {
        let json = try export(["--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        return ((object["nodes"] as? [Any])?.count ?? -1, (object["edges"] as? [Any])?.count ?? -1)
    }

    /// The single-file formats go to standard output, or to a file with a summary on stderr.
    @Test func singleFileFormatsGoToStandardOutputOrAFile() throws {
        let (nodes, edges) = try counts()
        for format in ["dot", "json", "cyjs", "graphml", "sif"] {
            let printed = try export(["--format", format])
            #expect(printed.status == 0, "\(format): \(printed.standardError)")
            #expect(printed.standardError.isEmpty)
            #expect(!printed.standardOutput.isEmpty)
            let path = built.directory.path("graph.\(format)")
            let written = try export(["--format", format, "-o", path])
            #expect(written.status == 0, "\(format): \(written.standardError)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.standardOutput)
            #expect(written.standardError == "wrote \(nodes) nodes and \(edges) edges to \(path)\n")
        }
    }

    /// The multi-file formats write into the folder given with -o, created on demand.
    @Test func multiFileFormatsGoIntoAFolder() throws {
        let (nodes, edges) = try counts()
        let formats = [
            ("kgx", ["graph_nodes.tsv", "graph_edges.tsv"]), ("kgx-jsonl", ["graph_nodes.jsonl", "graph_edges.jsonl"]),
            ("neo4j", ["nodes.csv", "relationships.csv", "import.sh"]),
        ]
        for (format, files) in formats {
            let folder = built.directory.path("out/\(format)")
            let outcome = try export(["--format", format, "-o", folder])
            #expect(outcome.status == 0, "\(format): \(outcome.standardError)")
            #expect(outcome.standardOutput.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == files.sorted())
            let lines = outcome.standardError.split(separator: "\n")
            #expect(
                lines.first == "wrote \(nodes) nodes and \(edges) edges to \(folder) (\(files.joined(separator: ", ")))"
            )
            if format == "neo4j" {
                #expect(lines.dropFirst().first?.contains("neo4j-admin database import full --nodes=nodes.csv") == true)
            }
        }
    }

    @Test func aroundLimitsTheExportToANeighbourhood() throws {
        let outcome = try export(["--format", "sif", "--around", "oxytocin", "--hops", "1", "--min-belief", "0.8"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == "MESH:D010121\tregulates\tMESH:D055500\n")
        let wider = try export(["--format", "sif", "--around", "MESH:D010121", "--hops", "2"])
        let narrower = try export(["--format", "sif", "--around", "MESH:D010121"])
        #expect(
            Set(narrower.standardOutput.split(separator: "\n")).isSubset(
                of: wider.standardOutput.split(separator: "\n")))
        #expect(
            narrower.standardOutput.split(separator: "\n").count < wider.standardOutput.split(separator: "\n").count)
        let unknown = try export(["--format", "sif", "--around", "no such thing"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasPrefix("litgraph: no entity named or identified as \"no such thing\""))
    }

    /// A write that fails half-way (the file-size limit, set with `prlimit`, is hit; SIGXFSZ is
    /// ignored so `write` returns EFBIG) exits 73 and leaves the old file and nothing else.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")))
    func failedWriteLeavesTheOldFile() throws {
        let folder = built.directory.url.appending(path: "exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appending(path: "graph.json").path
        #expect(try export(["--format", "json", "-o", path]).status == 0)
        let old = try Data(contentsOf: URL(filePath: path))
        let limit = 36_000
        try #require(old.count > limit, "the example's JSON export must exceed the \(limit)-byte limit the test sets")
        let process = Process()
        process.executableURL = URL(filePath: "/bin/sh")
        process.arguments = [
            "-c", #"trap '' XFSZ; exec /usr/bin/prlimit --fsize=\#(limit) "$@""#, "sh", built.litgraph.executable.path,
            "export", "--db", built.database, "--format", "json", "--min-evidence", "1", "-o", path,
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 73, "\(message)")
        #expect(message.hasPrefix("litgraph: cannot write \(path): File too large"))
        #expect(try Data(contentsOf: URL(filePath: path)) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.json"])
    }
}
