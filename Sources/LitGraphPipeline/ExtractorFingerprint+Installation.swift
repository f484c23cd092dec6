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

    /// The digest of a regular file's bytes, mapped into memory rather than copied; `nil` for a
    /// folder or an unreadable file.
    private static func digest(of file: URL) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = try? Data(contentsOf: file, options: .alwaysMapped)
        else { return nil }
        var hasher = ContentHasher()
        data.withUnsafeBytes { bytes in
            hasher.combine(bytes.count)
            for lane in Self.lanes(of: bytes) { hasher.combine(Int(bitPattern: UInt(lane))) }
        }
        return hasher.hexDigest
    }

    /// Four multiply-and-shift hashes of a block of bytes, each over every fourth 8-byte word (the
    /// tail, under 32 bytes, goes to the first): four independent chains, which run about four
    /// times faster than one over tens of megabytes.
    private static func lanes(of bytes: UnsafeRawBufferPointer) -> [UInt64] {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var (a, b, c, d): (UInt64, UInt64, UInt64, UInt64) = (
            0xcbf2_9ce4_8422_2325, 0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344, 0xa409_3822_299f_31d0
        )
        var offset = 0
        // Bounds: each load reads 8 bytes at offset + 0, 8, 16 or 24, all below `offset + 32 <= count`.
        while offset + 32 <= bytes.count {
            a = (a ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            b = (b ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            c = (c ^ bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            d = (d ^ bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            a ^= a >> 29
            b ^= b >> 29
            c ^= c >> 29
            d ^= d >> 29
            offset += 32
        }
        while offset < bytes.count {
            a = (a ^ UInt64(bytes[offset])) &* prime
            offset += 1
        }
        return [a, b, c, d]
    }
}
