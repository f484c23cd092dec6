/// Passes bytes through unchanged, throwing ``ReadError/invalidUTF8(path:offset:)`` at the first
/// byte that is not well-formed UTF-8 (overlongs, surrogates and values past U+10FFFF included).
///
/// The state carries across chunk boundaries; offsets count from the start of the decompressed input.
final class UTF8ValidatingSource: ByteSource {
    private let upstream: any ByteSource
    private let path: String
    private var offset: Int
    /// Continuation bytes still expected by the current sequence.
    private var pending = 0
    /// Allowed range of the next continuation byte (narrowed after E0, ED, F0, F4).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    /// Offset of the lead byte of the sequence in progress.
    private var sequenceStart = 0

    /// Validates `upstream`; `startOffset` is the offset of its first byte (3 after a BOM).
    init(upstream: any ByteSource, path: String, startOffset: Int = 0) {
        self.upstream = upstream
        self.path = path
        self.offset = startOffset
    }

    func nextChunk() throws -> [UInt8] {
        let chunk = try upstream.nextChunk()
        if chunk.isEmpty {
            if pending > 0 { throw ReadError.invalidUTF8(path: path, offset: sequenceStart) }
            return chunk
        }
        try validate(chunk)
        return chunk
    }

    private func validate(_ chunk: [UInt8]) throws {
        try chunk.withUnsafeBufferPointer { bytes in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if pending == 0 {
                    if byte < 0x80 { continue }
                    try startSequence(byte, at: offset + index)
                } else {
                    guard byte >= lower, byte <= upper else {
                        throw ReadError.invalidUTF8(path: path, offset: sequenceStart)
                    }
                    pending -= 1
                    lower = 0x80
                    upper = 0xBF
                }
            }
        }
        offset += chunk.count
    }

    private func startSequence(_ byte: UInt8, at position: Int) throws {
        sequenceStart = position
        lower = 0x80
        upper = 0xBF
        switch byte {
        case 0xC2...0xDF: pending = 1
        case 0xE0: (pending, lower) = (2, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: pending = 2
        case 0xED: (pending, upper) = (2, 0x9F)
        case 0xF0: (pending, lower) = (3, 0x90)
        case 0xF1...0xF3: pending = 3
        case 0xF4: (pending, upper) = (3, 0x8F)
        default: throw ReadError.invalidUTF8(path: path, offset: position)
        }
    }
}
