/// Splits a byte stream into lines, read chunk by chunk, for the line-based vocabulary formats.
///
/// A line ends at `\n`; a trailing `\r` is dropped; the last line needs no terminator. Memory is
/// bounded by the chunk size and the longest line, never by the file size.
struct LineReader {
    private let source: any ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false
    /// The 1-based number of the line last returned by ``next()``.
    private(set) var lineNumber = 0

    /// Creates a reader over `source` (already decompressed and UTF-8-checked).
    init(source: any ByteSource) {
        self.source = source
    }

    /// The next line without its terminator, or `nil` at the end of the input.
    mutating func next() throws -> String? {
        var scanned = 0  // bytes after `position` known to hold no newline
        while true {
            if let newline = buffer[(position + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                return take(upTo: newline, skipping: 1)
            }
            if ended {
                guard position < buffer.count else { return nil }
                return take(upTo: buffer.count, skipping: 0)
            }
            scanned = buffer.count - position
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            let chunk = try source.nextChunk()
            if chunk.isEmpty { ended = true }
            buffer.append(contentsOf: chunk)
        }
    }

    /// Returns the bytes from `position` to `end` as a line and moves past the terminator.
    private mutating func take(upTo end: Int, skipping terminator: Int) -> String {
        var lineEnd = end
        if lineEnd > position, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let line = String(decoding: buffer[position..<lineEnd], as: UTF8.self)
        position = end + terminator
        lineNumber += 1
        return line
    }
}
