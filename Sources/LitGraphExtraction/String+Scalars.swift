import LitGraphModel

extension String {
    /// The string of `scalars`, its UTF-8 written straight into the new string's storage.
    ///
    /// Building a string through `String.UnicodeScalarView` appends one scalar at a time and costs
    /// about half a microsecond per word; tokens, sentences and mentions are made this way millions
    /// of times in a large build, and this is about thirty times faster (measured on abstracts). The
    /// buffer is exactly as long as the UTF-8 counted first, and every byte is written before it is
    /// handed back, so the unsafe buffer never leaves this initializer.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                // An ASCII scalar is its own byte: written without the encoder's callback.
                if scalar.value < 0x80 {
                    buffer[written] = UInt8(truncatingIfNeeded: scalar.value)
                    written += 1
                    continue
                }
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// The text of `span` (code-point offsets) in `text`, a string whose every scalar is ASCII, so
    /// that its offsets are its UTF-8 offsets: the bytes are copied from `text`, which holds them
    /// valid already, rather than encoded again and checked.
    ///
    /// The result equals `String(scalars: scalars[span.start..<span.end])` for `text`'s scalars.
    init(ascii text: String, span: TextSpan) {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.start)
        let end = utf8.index(start, offsetBy: span.length)
        self.init(text[start..<end])
    }

    /// The string of ASCII `scalars`, each capital made small (as `lowercased()` maps ASCII), its
    /// bytes written straight into the new string's storage as ``init(scalars:)`` writes them.
    init(asciiLowercased scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
            var written = 0
            for scalar in scalars {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[written] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                written += 1
            }
            return written
        }
    }

    /// The string lower-cased, as `lowercased()` does it; an ASCII string is mapped byte by byte
    /// (the same mapping, in a tenth of the time), and one without capitals is returned as it is.
    var lowercasedFast: String {
        var isASCII = true
        var hasCapital = false
        for byte in utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasCapital = true }
        }
        guard isASCII else { return lowercased() }
        guard hasCapital else { return self }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var written = 0
            for byte in utf8 {
                buffer[written] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                written += 1
            }
            return written
        }
    }

    /// The string's Unicode scalars, as `Array(unicodeScalars)` gives them, decoded in one pass
    /// over the UTF-8 bytes (the view counts them first, then decodes them again).
    var unicodeScalarArray: [Unicode.Scalar] {
        let decoded: [Unicode.Scalar]? = utf8.withContiguousStorageIfAvailable { Self.decode($0) }
        return decoded ?? Array(unicodeScalars)
    }

    /// The scalars of valid UTF-8 (a string's bytes).
    ///
    /// The scalars are written straight into the array's storage, which has room for one per byte
    /// (a text has at most as many scalars as bytes), rather than appended one by one (a capacity
    /// test per scalar; about a fifth of the time of a document's decoding, measured on abstracts).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
            var index = 0
            var written = 0
            while index < bytes.count {
                // Most of a text is ASCII: a byte below 0x80 is its own scalar.
                if bytes[index] < 0x80 {
                    scalars[written] = Unicode.Scalar(bytes[index])
                    written += 1
                    index += 1
                    continue
                }
                let lead = UInt32(bytes[index])
                // The lead byte gives the sequence's length; a string's UTF-8 is valid, so the
                // continuation bytes are there.
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                scalars[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                written += 1
                index += length
            }
            count = written
        }
    }
}
