extension String {
    /// The form entity names are matched in: lowercased, runs of white space collapsed to one
    /// space, no leading or trailing white space.
    var normalizedEntityName: String {
        // Fast path: ASCII without upper case or white space other than single inner spaces.
        let bytes = utf8
        var previousWasSpace = true
        let isSimple = bytes.allSatisfy { byte in
            defer { previousWasSpace = byte == 0x20 }
            return byte < 0x80 && !(0x41...0x5A).contains(byte) && (byte > 0x20 || (byte == 0x20 && !previousWasSpace))
        }
        if isSimple, bytes.last != 0x20 { return self }
        if let ascii = asciiNormalizedEntityName { return ascii }
        return lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// ``normalizedEntityName`` of an all-ASCII string in one pass, or nil for any other string.
    ///
    /// For ASCII, `lowercased()` maps only A–Z, and Unicode white space is tab, line feed, vertical
    /// tab, form feed, carriage return and space (a CR LF pair is one separator either way), so the
    /// result is the general path's; `EntityNameTests` pins the two together. A mention's surface
    /// form is normalized on every write, and the general path cost about 6 % of the write path
    /// (callgrind) for names such as "OXTR" or "Oxytocin".
    private var asciiNormalizedEntityName: String? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            // Never writes past the input's length: a space is written only before a byte that
            // follows at least one white-space byte read and not written.
            var count = 0
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    buffer[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
