import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Readers for the exported text, written from the format specifications (RFC 4180, XML 1.0 via
/// Foundation's `XMLParser`), so tests can check that what is read back is what was written.
enum ExportReading {
    /// The records of RFC 4180 CSV.
    ///
    /// Quoted fields may hold commas, doubled quotes and line breaks. Returns `nil` when a quote is left open or a quoted field is followed by anything but a
    /// comma or a line end.
    static func csvRecords(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\"" where field.isEmpty:
                var closed = false
                while let inner = pending {
                    pending = scalars.next()
                    if inner == "\"" {
                        if pending == "\"" {
                            field += "\""
                            pending = scalars.next()
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.unicodeScalars.append(inner)
                    }
                }
                guard closed, pending == nil || pending == "," || pending == "\n" else { return nil }
            case ",":
                record.append(field)
                field = ""
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        guard record.isEmpty, field.isEmpty else { return nil }
        return records
    }

    /// The rows of a TSV file: lines split at tabs; `nil` unless the text ends with a newline.
    static func tsvRows(_ text: String) -> [[String]]? {
        guard text.hasSuffix("\n") else { return nil }
        return text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// A GraphML document read back with `XMLParser`.
    struct GraphML {
        /// Each node's id and its `<data>` values by key id, in document order.
        var nodes: [(id: String, data: [String: String])] = []
        /// Each edge's id, source, target and `<data>` values by key id, in document order.
        var edges: [(id: String, source: String, target: String, data: [String: String])] = []
        /// The `<key>` declarations: id → (for, attr.name, attr.type).
        var keys: [String: (domain: String, name: String, type: String)] = [:]
    }

    /// Parses GraphML text; `nil` with the parser's error when it is not well-formed XML.
    static func graphML(_ text: String) -> (GraphML?, String?) {
        let parser = XMLParser(data: Data(text.utf8))
        let reader = GraphMLReader()
        parser.delegate = reader
        guard parser.parse() else { return (nil, parser.parserError.map { "\($0)" } ?? "unknown error") }
        return (reader.result, nil)
    }
}

/// Collects nodes, edges, keys and data values while `XMLParser` reads a GraphML document.
final class GraphMLReader: NSObject, XMLParserDelegate {
    var result = ExportReading.GraphML()
    private var dataKey: String?
    private var text = ""
    private var current: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "key":
            result.keys[attributes["id"] ?? ""] = (
                attributes["for"] ?? "", attributes["attr.name"] ?? "", attributes["attr.type"] ?? ""
            )
        case "node":
            result.nodes.append((attributes["id"] ?? "", [:]))
            current = [:]
        case "edge":
            result.edges.append((attributes["id"] ?? "", attributes["source"] ?? "", attributes["target"] ?? "", [:]))
            current = [:]
        case "data":
            dataKey = attributes["key"]
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "data":
            if let key = dataKey { current[key] = text }
            dataKey = nil
        case "node":
            if !result.nodes.isEmpty { result.nodes[result.nodes.count - 1].data = current }
        case "edge":
            if !result.edges.isEmpty { result.edges[result.edges.count - 1].data = current }
        default:
            break
        }
    }
}
