import Foundation

/// A command-line tool the tests run (Graphviz `dot`, `python3`), found on `PATH`.
struct ExternalTool {
    /// What a run printed and how it ended.
    struct Run {
        /// Standard output.
        var stdout: Data
        /// Standard error, decoded as UTF-8.
        var stderr: String
        /// The exit status.
        var status: Int32
    }

    /// The executable.
    var url: URL

    /// The executable `name` on `PATH`, or `nil`.
    init?(named name: String) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { URL(filePath: String($0)).appending(path: name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            return nil
        }
        url = found
    }

    /// Whether `dot` is installed.
    static let hasDot = ExternalTool(named: "dot") != nil

    /// Whether `python3` can import networkx.
    static let hasNetworkx: Bool = {
        guard let python = ExternalTool(named: "python3"),
            let run = try? python.run(["-c", "import networkx"], input: Data())
        else { return false }
        return run.status == 0
    }()

    /// Runs the tool with `arguments`, feeding it `input`; stdin, stdout and stderr go through
    /// temporary files so that no pipe can fill up.
    func run(_ arguments: [String], input: Data) throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appending(path: "litgraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appending(path: "stdin")
        let outputURL = directory.appending(path: "stdout")
        let errorURL = directory.appending(path: "stderr")
        try input.write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Run(
            stdout: try Data(contentsOf: outputURL),
            stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            status: process.terminationStatus
        )
    }
}
