/// A stream of bytes read in chunks: a file, standard input, or a decompressor over either.
///
/// Sources are single-use, single-threaded reference types; a reader owns the chain it builds.
protocol ByteSource: AnyObject {
    /// Returns the next chunk of bytes; an empty array means the end of the input.
    func nextChunk() throws -> [UInt8]
}

extension ByteSource {
    /// Reads chunks until at least `minimum` bytes are buffered or the input ends.
    func readPrefix(minimum: Int) throws -> [UInt8] {
        var prefix: [UInt8] = []
        while prefix.count < minimum {
            let chunk = try nextChunk()
            if chunk.isEmpty { break }
            prefix.append(contentsOf: chunk)
        }
        return prefix
    }

    /// Reads everything that is left.
    func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = try nextChunk()
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
        }
    }
}

/// Bytes already read (a sniffed prefix) followed by the rest of another source.
final class PrefixedByteSource: ByteSource {
    private var prefix: [UInt8]
    private let rest: any ByteSource

    /// Creates a source that yields `prefix`, then whatever `rest` yields.
    init(prefix: [UInt8], rest: any ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func nextChunk() throws -> [UInt8] {
        if !prefix.isEmpty {
            defer { prefix = [] }
            return prefix
        }
        return try rest.nextChunk()
    }
}

/// Bytes already in memory, served in chunks of a file's size so they are read as a file would be.
final class BufferByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    /// Creates a source over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func nextChunk() throws -> [UInt8] {
        let end = min(bytes.count, offset + FileByteSource.chunkSize)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
