public import Foundation
public import Testing

/// A reference file that a test's output must match byte for byte (a "golden" or snapshot file).
///
/// When the file is missing, or the environment sets `LITGRAPH_RECORD_GOLDEN=1`, checking
/// writes the actual text to it and fails saying so; commit the file after reviewing it.
/// On a mismatch the failure shows the first differing line and how to re-record.
public struct GoldenFile: Sendable {
    /// The environment variable that makes every check re-record its golden file.
    public static let recordVariable = "LITGRAPH_RECORD_GOLDEN"

    /// The file name, such as `graph.dot`.
    public var name: String
    /// The directory holding the golden files.
    public var directory: URL

    /// Creates a reference to the golden file `name` in `directory`.
    public init(name: String, directory: URL) {
        self.name = name
        self.directory = directory
    }

    /// Creates a reference to `name` in the `Golden` directory beside the calling test file.
    public init(name: String, besideTestFile filePath: String = #filePath) {
        let testDirectory = URL(filePath: filePath).deletingLastPathComponent()
        self.init(name: name, directory: testDirectory.appending(path: "Golden", directoryHint: .isDirectory))
    }

    /// The golden file's location.
    public var url: URL { directory.appending(path: name) }

    /// What comparing an output with the golden file found.
    public enum Outcome: Sendable, Equatable {
        /// The bytes are identical.
        case matched
        /// The golden file was (re)written from the output; the check must still fail.
        case recorded(path: String)
        /// The bytes differ; the message names the first differing line.
        case mismatched(message: String)
    }

    /// Compares `actual` with the golden file, recording it when missing or asked to.
    ///
    /// - Throws: when the golden file cannot be read or written.
    public func compare(_ actual: String, record: Bool? = nil) throws -> Outcome {
        let shouldRecord = record ?? (ProcessInfo.processInfo.environment[Self.recordVariable] == "1")
        let exists = FileManager.default.fileExists(atPath: url.path)
        if shouldRecord || !exists {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return .recorded(path: url.path)
        }
        let expected = try Data(contentsOf: url)
        if expected == Data(actual.utf8) { return .matched }
        return .mismatched(
            message: mismatchMessage(expected: String(decoding: expected, as: UTF8.self), actual: actual))
    }

    /// Compares `actual` with the golden file and records a test issue unless they match.
    public func check(_ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            switch try compare(actual) {
            case .matched:
                break
            case .recorded(let path):
                Issue.record(
                    "Recorded golden file \(path); review and commit it, then run the test again",
                    sourceLocation: sourceLocation
                )
            case .mismatched(let message):
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record(error, "Golden file \(url.path) could not be read or written", sourceLocation: sourceLocation)
        }
    }

    /// Describes the first line where `expected` and `actual` differ.
    func mismatchMessage(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(expectedLines.count, actualLines.count), expectedLines[line] == actualLines[line] {
            line += 1
        }
        func show(_ lines: [Substring]) -> String {
            line < lines.count ? String(reflecting: String(lines[line])) : "<end of file>"
        }
        return """
            \(url.path):\(line + 1): output differs from golden file
              expected: \(show(expectedLines))
              actual:   \(show(actualLines))
            If the change is intended, re-record with \(Self.recordVariable)=1 swift test --filter <test> \
            and review the diff.
            """
    }
}
