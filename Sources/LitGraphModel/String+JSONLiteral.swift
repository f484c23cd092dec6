extension String {
    /// The string as a JSON string literal (RFC 8259), quotes included.
    ///
    /// `"` and `\` are escaped, `\b \f \n \r \t` take their short forms and other control
    /// characters become `\u00xx`; `/` and non-ASCII characters are written as they are (UTF-8).
    /// Every module that writes JSON by hand uses this one encoder.
    public var jsonLiteral: String {
        var result = "\""
        appendJSONEscaped(to: &result)
        return result + "\""
    }

    /// Appends the string's JSON-escaped characters (without quotes) to `output`.
    public func appendJSONEscaped(to output: inout String) {
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
