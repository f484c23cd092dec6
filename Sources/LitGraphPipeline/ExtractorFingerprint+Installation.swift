import Foundation
import LitGraphStore

extension ExtractorFingerprint {
    /// A digest of this process's executable and of every file in the resource bundles beside it
    /// (`*.resources`, `*.bundle`: the built-in lexicon, ortholog table and relation model),
    /// computed once per process; `unknown` when the executable cannot be found.
    ///
    /// It stands for LitGraph's extraction version: a new build of LitGraph has another digest.
    public static let installation: String = {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return "unknown" }
        var hasher = ContentHasher()
        hasher.combine(Self.digest(of: executable) ?? "unreadable")
        let folder = executable.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".resources") || name.hasSuffix(".bundle") {
            let bundle = folder.appendingPathComponent(name)
            let files = (FileManager.default.subpaths(atPath: bundle.path) ?? []).sorted()
            for file in files {
                guard let digest = Self.digest(of: bundle.appendingPathComponent(file)) else { continue }
                hasher.combine(name + "/" + file)
                hasher.combine(digest)
            }
        }
        return hasher.hexDigest
    }()

    /// The digest of a regular file's bytes, read a megabyte at a time; `nil` for a folder or an
    /// unreadable file.
    private static func digest(of file: URL) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
            let handle = try? FileHandle(forReadingFrom: file)
        else { return nil }
        defer { try? handle.close() }
        var hasher = ContentHasher()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { hasher.combine(block: $0) }
        }
        return hasher.hexDigest
    }
}
