internal import LitGraphZlib

/// The decompressed bytes of a gzip stream (one or more members), inflated in chunks with zlib.
///
/// Memory stays bounded by the chunk sizes whatever the file size. A stream that ends before its
/// last member's trailer throws ``ReadError/truncatedGzip(path:compressedBytes:)``; bytes zlib
/// rejects throw ``ReadError/corruptGzip(path:compressedOffset:detail:)``.
final class GzipByteSource: ByteSource {
    /// The size of each decompressed chunk.
    static let chunkSize = 64 * 1024
    /// The two bytes every gzip member starts with.
    static let magic: [UInt8] = [0x1f, 0x8b]

    private let upstream: any ByteSource
    private let path: String
    /// zlib keeps a pointer back to the stream, so it lives at a fixed address.
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var compressedBytesRead = 0
    /// Whether the last member ended and no further member has started.
    private var betweenMembers = false
    private var finished = false

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == magic[0] && bytes[1] == magic[1]
    }

    /// Starts inflating `upstream`; `path` names the input in errors.
    init(upstream: any ByteSource, path: String) throws {
        self.upstream = upstream
        self.path = path
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // inflateInit2 is a macro Swift cannot import; 16 + MAX_WBITS selects the gzip wrapper.
        let status = inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ReadError.corruptGzip(path: path, compressedOffset: 0, detail: "zlib init failed: \(status)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func nextChunk() throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Self.chunkSize)
        var produced = 0
        while produced == 0, !finished {
            guard try refillInput() else { break }
            if betweenMembers {
                skipZeroPadding()
                if inputOffset == input.count { continue }
                inflateReset(stream)
                betweenMembers = false
            }
            produced = try inflateStep(into: &output)
        }
        output.removeSubrange(produced...)
        return output
    }

    /// Makes sure unread compressed input is available; returns false at a clean end of input.
    private func refillInput() throws -> Bool {
        while inputOffset == input.count {
            input = try upstream.nextChunk()
            inputOffset = 0
            if input.isEmpty {
                guard betweenMembers else {
                    throw ReadError.truncatedGzip(path: path, compressedBytes: compressedBytesRead)
                }
                finished = true
                return false
            }
            compressedBytesRead += input.count
        }
        return true
    }

    /// Some tools pad gzip files with NUL bytes after the last member; gzip itself ignores them.
    private func skipZeroPadding() {
        while inputOffset < input.count, input[inputOffset] == 0 { inputOffset += 1 }
    }

    /// Runs `inflate` once over the pending input; returns the number of bytes written to `output`.
    private func inflateStep(into output: inout [UInt8]) throws -> Int {
        let available = input.count - inputOffset
        let offset = inputOffset
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress.map { $0 + offset }
                stream.pointee.avail_in = UInt32(available)
                stream.pointee.next_out = outputBuffer.baseAddress
                stream.pointee.avail_out = UInt32(outputBuffer.count)
                return inflate(stream, Z_NO_FLUSH)
            }
        }
        inputOffset = input.count - Int(stream.pointee.avail_in)
        let produced = output.count - Int(stream.pointee.avail_out)
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return produced
        case Z_STREAM_END:
            betweenMembers = true
            return produced
        default:
            throw ReadError.corruptGzip(
                path: path,
                compressedOffset: compressedBytesRead - (input.count - inputOffset),
                detail: zlibMessage(status)
            )
        }
    }

    private func zlibMessage(_ status: Int32) -> String {
        if let message = stream.pointee.msg { return String(cString: message) }
        return "zlib error \(status)"
    }
}
