/// Fields and records of comma-separated values as RFC 4180 writes them (and `neo4j-admin`,
/// Python's `csv` module and spreadsheets read them).
public enum CSVEscaping {
    /// `text` as one field, quoted only when it must be.
    ///
    /// Quoted with `"` (and every `"` doubled) when it contains a comma, a quote, a line break, or
    /// starts or ends with white space; as it is otherwise. NUL and the other control characters
    /// except tab, newline and carriage return are dropped.
    public static func field(_ text: String) -> String {
        var cleaned = ""
        var needsQuotes = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case ",", "\n", "\r": needsQuotes = true
            case "\"":
                needsQuotes = true
                cleaned += "\""
            default:
                guard scalar.value >= 0x20 || scalar == "\t" else { continue }
            }
            cleaned.unicodeScalars.append(scalar)
        }
        if let first = cleaned.unicodeScalars.first, let last = cleaned.unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        {
            needsQuotes = true
        }
        return needsQuotes ? "\"" + cleaned + "\"" : cleaned
    }

    /// One record: the fields escaped, joined with commas, ending with a newline.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
