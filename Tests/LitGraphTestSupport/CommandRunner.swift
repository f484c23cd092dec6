public import Foundation

/// Runs the built `litgraph` binary as a user would, capturing its output and exit status.
public struct CommandRunner: Sendable {
    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        /// Everything written to standard output.
        public var standardOutput: String
        /// Everything written to standard error.
        public var standardError: String
        /// The exit status.
        public var status: Int32
    }

    /// The binary run.
    public let executable: URL

    /// A runner for any executable (`python3`, `dot`, `sh`), with the same capture of output and status.
    public init(executable: URL) {
        self.executable = executable
    }

    /// The `litgraph` binary in the build folder that holds the running tests.
    public static func litgraph() throws -> CommandRunner {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
        var folder =
            bundle.map { URL(filePath: $0.bundlePath).deletingLastPathComponent() }
            ?? URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appending(path: "litgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return CommandRunner(executable: candidate)
            }
            folder.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "litgraph binary next to the test bundle"])
    }

    /// Runs the binary with `arguments`, optionally feeding `input` to its standard input.
    ///
    /// - Parameter environment: variables to set (a value) or remove (`nil`) in the child's
    ///   environment, which is otherwise the test's own.
    public func run(
        _ arguments: [String], input: Data? = nil, in directory: URL? = nil, environment: [String: String?] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            var variables = ProcessInfo.processInfo.environment
            for (key, value) in environment { variables[key] = value }
            process.environment = variables
        }
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self),
            status: process.terminationStatus
        )
    }
}
