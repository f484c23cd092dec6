public import Foundation

/// A fresh directory under the system's temporary folder, removed when the value is released.
public final class TemporaryDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates a new, empty directory.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appending(
            path: "litgraph-test-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the directory.
    public func path(_ name: String) -> String {
        url.appending(path: name).path
    }

    /// Writes `data` to `name` inside the directory and returns its path.
    @discardableResult
    public func write(_ data: Data, to name: String) throws -> String {
        let fileURL = url.appending(path: name)
        try data.write(to: fileURL)
        return fileURL.path
    }

    /// Writes UTF-8 text to `name` inside the directory and returns its path.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        try write(Data(text.utf8), to: name)
    }
}
