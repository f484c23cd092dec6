@testable import LitGraphReaders

/// A fixed array of bytes served in chunks of a given size (tests use tiny chunks to probe boundaries).
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    /// Creates a source over `bytes`, yielding at most `chunkSize` bytes at a time.
    init(_ bytes: [UInt8], chunkSize: Int = 64 * 1024) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    func nextChunk() throws -> [UInt8] {
        let end = min(bytes.count, offset + chunkSize)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
