/// Splits a byte stream into lines (LF or CRLF), one at a time, counting them for messages.
///
/// Memory is bounded by the longest line, not by the input size, and a line longer than
/// ``ReadLimits/recordBytes`` is refused as soon as that many bytes are buffered.
struct LineReader {
    private let source: any ByteSource
    private let path: String
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false
    /// The 1-based number of the line last returned (0 before the first).
    private(set) var lineNumber = 0
    /// The bytes of the lines returned so far, line breaks included.
    private(set) var consumedBytes = 0

    /// Creates a reader over `source`; `path` names the input in errors.
    init(source: any ByteSource, path: String = "input") {
        self.source = source
        self.path = path
    }

    /// The next line without its line break (a trailing CR is dropped too), or `nil` at the end.
    ///
    /// Throws ``ReadError/oversizedRecord(path:line:what:)`` for a line past the limit.
    mutating func nextLine() throws -> String? {
        var scanned = 0
        while true {
            if let newline = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
                let line = take(upTo: newline)
                consumedBytes += newline + 1 - position
                position = newline + 1
                return line
            }
            scanned = buffer.count - position
            if !ended, try fill() { continue }
            ended = true
            guard position < buffer.count else { return nil }
            let line = take(upTo: buffer.count)
            consumedBytes += buffer.count - position
            position = buffer.count
            return line
        }
    }

    private mutating func take(upTo end: Int) -> String {
        lineNumber += 1
        var last = end
        if last > position, buffer[last - 1] == 0x0D { last -= 1 }
        return String(decoding: buffer[position..<last], as: UTF8.self)
    }

    /// Drops the bytes already returned and appends the next chunk; false at the end of the input.
    private mutating func fill() throws -> Bool {
        if buffer.count - position > ReadLimits.recordBytes {
            throw ReadError.oversizedRecord(path: path, line: lineNumber + 1, what: "line")
        }
        let chunk = try source.nextChunk()
        if chunk.isEmpty { return false }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }
}
