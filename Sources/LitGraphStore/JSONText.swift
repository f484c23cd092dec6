import LitGraphModel

/// Compact JSON text for the metadata arrays the store keeps (MeSH headings, publication types).
///
/// Written by hand because `JSONEncoder` dominated the write path. The output equals `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes`, so `JSONDecoder` reads it back into the model types.
enum JSONText {
    /// `["a","b"]`.
    static func array(_ strings: [String]) -> String {
        var out = "["
        for (offset, string) in strings.enumerated() {
            if offset > 0 { out += "," }
            appendString(string, to: &out)
        }
        return out + "]"
    }

    /// `[{"descriptorID":"D010121","isMajorTopic":true,"name":"Oxytocin"}]`: the headings' Codable form.
    static func array(_ headings: [MeshHeading]) -> String {
        var out = "["
        for (offset, heading) in headings.enumerated() {
            out += offset > 0 ? ",{\"descriptorID\":" : "{\"descriptorID\":"
            appendString(heading.descriptorID, to: &out)
            out += heading.isMajorTopic ? ",\"isMajorTopic\":true,\"name\":" : ",\"isMajorTopic\":false,\"name\":"
            appendString(heading.name, to: &out)
            out += "}"
        }
        return out + "]"
    }

    /// Appends `string` as a JSON string literal.
    static func appendString(_ string: String, to out: inout String) {
        out += "\""
        string.appendJSONEscaped(to: &out)
        out += "\""
    }
}
