import Foundation

/// Locates the `../shared` data next to the package and makes scratch folders for tests.
enum Fixtures {
    /// The package root, found by walking up from this file to the folder holding `Package.swift`.
    static let packageRoot: URL? = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url = url.deletingLastPathComponent()
        }
        return nil
    }()

    /// `../shared` relative to the package root, when it exists.
    static let sharedRoot: URL? = {
        guard let root = packageRoot else { return nil }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }()

    /// Whether the shared data is available (tests that need it are skipped otherwise).
    static var hasShared: Bool { sharedRoot != nil }

    /// The path of `relativePath` inside `../shared` (meaningful only when ``hasShared``).
    static func shared(_ relativePath: String) -> String {
        (sharedRoot ?? URL(fileURLWithPath: "/nonexistent")).appendingPathComponent(relativePath).path
    }

    /// Every `.xml` and `.xml.gz` file under `../shared/formats/pubmed-xml`, sorted, relative to it.
    static var pubmedXMLFiles: [String] {
        let folder = shared("formats/pubmed-xml")
        guard let names = FileManager.default.subpaths(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".xml.gz") }.sorted()
    }
}

/// A temporary folder, removed when the value is released.
final class ScratchFolder {
    /// The folder's path.
    let path: String

    /// Creates a fresh, empty folder under the system's temporary directory.
    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("litgraph-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` to `name` (subfolders created) and returns the file's path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }
}
