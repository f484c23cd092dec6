extension Report {
    /// TSV or CSV: an optional header row, then one line per row, every cell escaped.
    func renderedDelimited(
        separator: String, lineEnd: String, escape: (String) -> String, style: ReportStyle
    ) -> String {
        var output = ""
        if style.includesHeader {
            output += columns.map(escape).joined(separator: separator) + lineEnd
        }
        for row in rows {
            output += row.map { escape($0.plain) }.joined(separator: separator) + lineEnd
        }
        return output
    }

    /// TSV cell escaping (the Linear TSV convention): backslash, tab, newline and carriage return.
    static func escapedTSV(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// CSV field quoting (RFC 4180): a field holding a comma, a double quote, CR or LF is put in
    /// double quotes, with its double quotes doubled; other fields are written as they are.
    static func escapedCSV(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
