public import Foundation

/// Runs Graphviz `dot` to lay out DOT text and render it as SVG or another `-T` format.
///
/// `dot` is looked up on `PATH` at each call. Rendering is strict: a warning on stderr is an
/// error, because Graphviz warns where it then draws something other than what was asked.
/// Layout time grows fast with size (FORMATS.md §1.5): hand it mechanism-sized graphs.
public struct GraphvizRenderer: Sendable {
    /// The directories searched for `dot`, as a `PATH`-style list; `nil` means `PATH` itself.
    public var searchPath: String?

    /// Creates a renderer that finds `dot` on `PATH`.
    public init() {
        searchPath = nil
    }

    /// Creates a renderer that finds `dot` in `searchPath`, a colon-separated directory list.
    public init(searchPath: String) {
        self.searchPath = searchPath
    }

    /// The `dot` executable that would run, or `nil` when none is on the search path.
    public var executableURL: URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").lazy
            .map { URL(filePath: String($0), directoryHint: .isDirectory).appending(path: "dot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Renders `dot` text with `dot -T<format>` and returns the output bytes.
    ///
    /// `layout` picks the engine (`dot -Ksfdp …` for ``GraphvizLayout/sfdp``); the DOT text is the same.
    /// - Throws: ``GraphvizError/notInstalled(searchPath:)`` when `dot` is missing,
    ///   ``GraphvizError/failed(status:stderr:)`` when it fails and
    ///   ``GraphvizError/warnings(stderr:)`` when it succeeds with anything on stderr.
    public func render(dot: String, format: String = "svg", layout: GraphvizLayout = .dot) throws -> Data {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ":_"))
        guard !format.isEmpty, format.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            throw GraphvizError.invalidFormat(format)
        }
        guard let executable = executableURL else {
            throw GraphvizError.notInstalled(
                searchPath: searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "")
        }
        let directory = FileManager.default.temporaryDirectory
            .appending(path: "litgraph-dot-\(UUID().uuidString)", directoryHint: .isDirectory)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw GraphvizError.couldNotRun(reason: "cannot create \(directory.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        return try run(executable, arguments: layout.arguments + ["-T" + format], dot: dot, in: directory)
    }

    /// Runs `executable` with `arguments` on `dot` inside the scratch `directory`; output and
    /// stderr go to files there, so neither pipe can fill up and block.
    func run(_ executable: URL, arguments: [String], dot: String, in directory: URL) throws -> Data {
        let input = directory.appending(path: "input.dot")
        let output = directory.appending(path: "output")
        let errors = directory.appending(path: "stderr.txt")
        let status: Int32
        do {
            try Data(dot.utf8).write(to: input)
            try Data().write(to: errors)
            let errorHandle = try FileHandle(forWritingTo: errors)
            defer { try? errorHandle.close() }
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments + ["-o", output.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errorHandle
            try process.run()
            process.waitUntilExit()
            status = process.terminationStatus
        } catch {
            throw GraphvizError.couldNotRun(reason: "\(executable.path): \(error.localizedDescription)")
        }
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard status == 0 else { throw GraphvizError.failed(status: status, stderr: stderr) }
        guard stderr.allSatisfy(\.isWhitespace) else { throw GraphvizError.warnings(stderr: stderr) }
        do {
            return try Data(contentsOf: output)
        } catch {
            throw GraphvizError.couldNotRun(reason: "no output at \(output.path): \(error.localizedDescription)")
        }
    }
}
