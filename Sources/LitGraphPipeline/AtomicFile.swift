public import Foundation

#if canImport(Glibc)
    import Glibc

    /// `write(2)`, named apart from ``AtomicFile/write(_:to:)``.
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin

    /// `write(2)`, named apart from ``AtomicFile/write(_:to:)``.
    private let systemWrite = Darwin.write
#endif

/// Writes a file so that readers see either the old bytes or the new ones, never half a file.
///
/// The data goes to a temporary file created exclusively (`O_EXCL`) in the destination's own
/// folder, named `.litgraph-<random>.tmp`; it is written, `fsync`ed, closed and renamed over the
/// destination (then the folder is `fsync`ed, best effort). On any failure the temporary file is
/// removed and the destination is left as it was. Unlike Foundation's `Data.write(options: .atomic)`
/// on Linux, nothing is created outside the destination's folder (swift-corelibs-foundation leaves an
/// empty `/tmp/TemporaryDirectory.XXXXXX` behind on every call).
public enum AtomicFile {
    /// The prefix of the temporary files, so that a stray one (after a crash) is recognisable.
    public static let temporaryPrefix = ".litgraph-"

    /// Writes `data` to `url`, replacing any file there.
    /// - Throws: ``PipelineError/cannotWrite(path:reason:)`` naming the destination and the
    ///   system's reason (missing folder, permissions, disk full, a folder in the way…).
    public static func write(_ data: Data, to url: URL) throws {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        let (descriptor, temporary) = try createTemporaryFile(in: folder, for: path)
        var isOpen = true
        do {
            try writeAll(data, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path) }
            isOpen = false
            guard close(descriptor) == 0 else { throw failure(path) }
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            if isOpen { _ = close(descriptor) }
            _ = unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Creates a new, empty temporary file in `folder`; returns its descriptor and path.
    static func createTemporaryFile(in folder: String, for path: String) throws -> (Int32, String) {
        for _ in 0..<16 {
            let name = temporaryPrefix + String(UInt64.random(in: 0...UInt64.max), radix: 16) + ".tmp"
            let candidate = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            guard errno == EEXIST else { break }
        }
        throw failure(path)
    }

    /// Writes every byte of `data`, retrying after short writes and interruptions.
    static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                offset += written
            }
        }
    }

    /// Flushes the folder entry of the renamed file; failures are ignored (some file systems refuse).
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// The error for the current `errno`, naming `path`.
    static func failure(_ path: String) -> PipelineError {
        PipelineError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}
