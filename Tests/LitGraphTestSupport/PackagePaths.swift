public import Foundation

/// Where the package and the shared test data are, found from this file's location.
public enum PackagePaths {
    /// The package's root folder (the one holding Package.swift).
    public static let root: URL = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shared data folder beside the package (`../shared`), which CI also provides.
    public static let shared: URL = root.deletingLastPathComponent().appending(
        path: "shared", directoryHint: .isDirectory)

    /// A file or folder under `../shared`.
    public static func shared(_ relativePath: String) -> URL {
        shared.appending(path: relativePath)
    }

    /// Whether `../shared` is present (tests that read it are skipped otherwise).
    public static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appending(path: "formats").path)
    }

    /// A file or folder under the package root.
    public static func package(_ relativePath: String) -> URL {
        root.appending(path: relativePath)
    }
}
