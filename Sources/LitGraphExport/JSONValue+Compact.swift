import LitGraphModel

extension JSONValue {
    /// The value as JSON on one line, the form of one JSON Lines record.
    ///
    /// No spaces (`{"id":"x","n":[1,2]}`) and no final newline; strings and numbers are written as
    /// by ``serialized()``.
    public func compact() -> String {
        var output = ""
        writeCompact(to: &output)
        return output
    }

    /// Appends the compact form to `output`.
    func writeCompact(to output: inout String) {
        switch self {
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.writeCompact(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                output += Self.quoted(member.key) + ":"
                member.value.writeCompact(to: &output)
            }
            output += "}"
        default:
            write(to: &output, indent: 0)
        }
    }
}
