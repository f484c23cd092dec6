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
        return lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
