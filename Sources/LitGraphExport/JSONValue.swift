import LitGraphModel

/// A JSON value whose objects keep their keys in the order given, for byte-stable output.
///
/// ``serialized()`` writes exactly what Python's `json.dumps(value, indent=2, ensure_ascii=False)`
/// writes (plus a final newline), so exports can be checked against it.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A number with a fraction, written as its shortest round-trip decimal (`0.2825`, `1.0`), as
    /// Python writes a float; a value that is not finite is written as `null`.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object with its members in the order written.
    case object([(key: String, value: JSONValue)])

    /// The value as JSON text: two-space indent, `", "`-free line ends, `": "` after keys,
    /// a newline at the end.
    public func serialized() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output += "\n"
        return output
    }

    /// Appends the value to `output`, its nested lines indented past `indent` spaces.
    func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += value.isFinite ? String(value) : "null"
        case .string(let value): output += Self.quoted(value)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                output += (index == 0 ? "\n" : ",\n") + String(repeating: " ", count: indent + 2)
                element.write(to: &output, indent: indent + 2)
            }
            output += "\n" + String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (index, member) in members.enumerated() {
                output += (index == 0 ? "\n" : ",\n") + String(repeating: " ", count: indent + 2)
                output += Self.quoted(member.key) + ": "
                member.value.write(to: &output, indent: indent + 2)
            }
            output += "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    /// `text` as a JSON string literal (RFC 8259); see `String.jsonLiteral`.
    public static func quoted(_ text: String) -> String {
        text.jsonLiteral
    }
}
