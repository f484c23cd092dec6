extension String {
    /// The string with every run of white space (line breaks and Unicode spaces such as U+00A0
    /// included) turned into one space, and no white space at either end.
    ///
    /// Works on UTF-8 bytes: this runs on every title and abstract, so it must be cheap.
    var collapsingWhitespace: String {
        var bytes = Array(utf8)
        var write = 0
        var read = 0
        var pendingSpace = false
        while read < bytes.count {
            let width = Self.whitespaceWidth(bytes, at: read)
            if width > 0 {
                pendingSpace = write > 0
                read += width
                continue
            }
            if pendingSpace {
                bytes[write] = 0x20
                write += 1
                pendingSpace = false
            }
            bytes[write] = bytes[read]
            write += 1
            read += 1
        }
        return String(decoding: bytes[..<write], as: UTF8.self)
    }

    /// The length in bytes of the white-space character at `index`, or 0 when it is not one.
    private static func whitespaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }
}
