import LitGraphExport
import LitGraphModel

extension Report {
    /// A JSON array of objects (or one object for a single-record report), two-space indented.
    func renderedJSON() -> String {
        let objects = rows.map { row in
            JSONValue.object(zip(columns, row).map { (key: $0, value: $1.json) })
        }
        let value = isSingleRecord ? (objects.first ?? .object([])) : .array(objects)
        return value.serialized()
    }

    /// One compact JSON object per row, keys in column order, each line ending with `\n`.
    func renderedJSONLines() -> String {
        var output = ""
        for row in rows {
            output += "{"
            for (index, (column, value)) in zip(columns, row).enumerated() {
                if index > 0 { output += "," }
                output += column.jsonLiteral + ":"
                value.appendCompactJSON(to: &output)
            }
            output += "}\n"
        }
        return output
    }
}

extension Report.Value {
    /// The value as a JSON value: typed numbers and flags, `null` for missing, arrays for lists.
    var json: JSONValue {
        switch self {
        case .text(let text), .marked(let text, _): .string(text)
        case .int(let number): .int(number)
        case .bool(let flag): .bool(flag)
        case .number(let number): .number(Self.rounded(number))
        case .missing: .null
        case .list(let items): .array(items.map(JSONValue.string))
        }
    }

    /// Appends the value as compact JSON (no white space), as ``json`` would serialize it.
    func appendCompactJSON(to output: inout String) {
        switch self {
        case .text(let text), .marked(let text, _): output += text.jsonLiteral
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number):
            let rounded = Self.rounded(number)
            output += rounded.isFinite ? String(rounded) : "null"
        case .missing: output += "null"
        case .list(let items): output += "[" + items.map(\.jsonLiteral).joined(separator: ",") + "]"
        }
    }
}
