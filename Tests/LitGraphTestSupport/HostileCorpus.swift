import LitGraphModel

/// A BioC JSON collection whose entity names, identifiers, document ids and sentences are
/// injection payloads, for tests that send it through the real reader, extractor and store and
/// then check every export and report.
///
/// The payloads: DOT syntax (`"]; a -> b [`, `}`, `<<html>>`), quotes and backslashes (`\N`),
/// `<script>`, an event attribute, `]]>`, `javascript:` URLs, control characters (NUL, BEL, tab,
/// newline, carriage return, VT, FF, an ESC colour sequence, DEL, the C1 CSI), bidirectional
/// overrides and isolates (U+202E, U+2066–U+2069, U+200F) and an SQL fragment. JSON escapes carry
/// all of them, NUL included, past the readers' binary-file check.
///
/// Document `i` (0–5) states `names[i]` increases `names[(i + 1) % 6]`; document 6 states
/// ``control`` decreases ``bidirectional``, so the pair is also a conflict.
public enum HostileCorpus {
    /// One annotated entity: its text in the abstract (and so its name), BioC type and identifier.
    public struct Name: Sendable, Hashable {
        /// The mention text, which becomes the entity's name.
        public let text: String
        /// The BioC `type` infon.
        public let type: String
        /// The BioC `identifier` infon.
        public let identifier: String
    }

    /// DOT syntax that would close a statement and add an edge.
    public static let dot = Name(
        text: #""]; a -> b [ } <<html>> {x}"#, type: "Chemical", identifier: #"MESH:D000001"]; x -> y [label="z"#)
    /// Markup that would run in a browser.
    public static let script = Name(
        text: "<script>alert(1)</script> ]]> <img src=x onerror=alert(1)>", type: "Gene",
        identifier: "NCBIGene:<script>alert(2)</script>")
    /// A `javascript:` URL as name and identifier, with quotes and backslashes.
    public static let javascript = Name(
        text: #"javascript:alert(3) \ "q" 'q' \\ \N"#, type: "Disease", identifier: "javascript:alert(4)")
    /// Control characters: an ESC colour sequence, BEL, VT, FF, NUL, DEL, C1 CSI, tab, CR, LF.
    public static let control = Name(
        text: "red\u{1B}[31m bell\u{7} vt\u{B} ff\u{C} nul\u{0} del\u{7F} csi\u{9B} tab\there cr\rlf\nend",
        type: "Chemical", identifier: "MESH:C\u{1B}[31m\t\n1")
    /// Bidirectional overrides, isolates and a right-to-left mark.
    public static let bidirectional = Name(
        text: "bidi\u{202E}gnp.exe \u{2066}iso\u{2069} \u{2067}r\u{2069} \u{2068}f\u{2069} rlm\u{200F}", type: "Gene",
        identifier: "NCBIGene:9\u{202E}8")
    /// An SQL fragment that would end a statement and drop a table.
    public static let sql = Name(
        text: "x'); DROP TABLE relations; --", type: "Disease", identifier: "MESH:D'); DROP TABLE relations; --")

    /// Every name, in document order.
    public static let names = [dot, script, javascript, control, bidirectional, sql]

    /// The id of document `index`: DOT and markup, and for document 3 an ESC sequence that
    /// clears a terminal.
    public static func documentID(_ index: Int) -> String {
        index == 3 ? "hostile-3\u{1B}[2J\u{1B}[H" : "hostile-\(index)\"]; <b onclick=x>"
    }

    /// The number of documents.
    public static let documentCount = names.count + 1

    /// The whole collection as BioC JSON text.
    public static var bioCJSON: String {
        var documents: [String] = []
        for index in names.indices {
            documents.append(
                document(index, names[index], "increases", names[(index + 1) % names.count]))
        }
        documents.append(document(names.count, control, "decreases", bidirectional))
        return #"{"source": "hostile", "documents": ["# + documents.joined(separator: ",\n") + "]}\n"
    }

    /// The abstract of a document stating `subject` `trigger` `object`.
    public static func abstract(_ subject: Name, _ trigger: String, _ object: Name) -> String {
        "\(subject.text) \(trigger) \(object.text) in mice"
    }

    private static func document(_ index: Int, _ subject: Name, _ trigger: String, _ object: Name) -> String {
        let title = "Hostile names \(index)."
        let abstractOffset = title.unicodeScalars.count + 1
        let objectStart = subject.text.unicodeScalars.count + trigger.unicodeScalars.count + 2
        let annotations = [(subject, 0), (object, objectStart)].enumerated().map { number, pair in
            let (name, start) = pair
            return "{"
                + [
                    #""id": "\#(number)""#,
                    #""infons": {"type": \#(name.type.jsonLiteral), "identifier": \#(name.identifier.jsonLiteral)}"#,
                    #""text": \#(name.text.jsonLiteral)"#,
                    #""locations": [{"offset": \#(abstractOffset + start), "length": \#(name.text.unicodeScalars.count)}]"#,
                ].joined(separator: ", ") + "}"
        }
        let passages = [
            #"{"infons": {"type": "title"}, "offset": 0, "text": \#(title.jsonLiteral), "annotations": []}"#,
            #"{"infons": {"type": "abstract"}, "offset": \#(abstractOffset), "#
                + #""text": \#(abstract(subject, trigger, object).jsonLiteral), "#
                + #""annotations": [\#(annotations.joined(separator: ", "))]}"#,
        ]
        return #"{"id": \#(documentID(index).jsonLiteral), "passages": [\#(passages.joined(separator: ", "))]}"#
    }
}
