import Foundation
import LitGraphModel

/// Reads BioC JSON: a BioC collection (`{"documents": [...]}`), PubTator3's export wrapper
/// (`{"PubTator3": [...]}`, documents with extra keys such as `pmid` and `journal`) or a bare
/// array of BioC documents.
///
/// ``JSONDocumentScanner`` cuts one document at a time out of the byte stream and only that
/// document is parsed (with `JSONSerialization`), so memory is bounded by the largest document,
/// not by the file. A document that is not valid JSON, or whose fields have the wrong types,
/// throws ``ReadError/malformedRecord(path:line:format:detail:)`` naming the line it starts on.
struct BioCJSONReader {
    /// The documents of the input.
    var scanner: JSONDocumentScanner
    /// The input path, stored as each document's `source`.
    let source: String
    /// How messages name the input.
    let displayName: String

    /// Streams the documents to `body` in file order, reporting dropped annotations to `diagnostics`.
    mutating func read(diagnostics: (ReadDiagnostic) -> Void, _ body: (Document) throws -> Void) throws {
        while let (bytes, line) = try scanner.nextDocument() {
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(bytes))
            } catch {
                throw malformed(line, "the document starting here is not valid JSON")
            }
            guard let fields = object as? [String: Any] else { throw malformed(line, "a document is not an object") }
            let document = try parseDocument(fields, line: line)
            guard !document.id.isEmpty else { throw malformed(line, "a document without an \"id\"") }
            try body(document.document(source: source, displayName: displayName, diagnostics: diagnostics))
        }
    }

    private func parseDocument(_ fields: [String: Any], line: Int) throws -> BioCDocument {
        var document = BioCDocument(line: line)
        document.id = Self.string(fields["id"]) ?? Self.string(fields["pmid"]) ?? Self.string(fields["_id"]) ?? ""
        if let bar = document.id.firstIndex(of: "|") { document.id = String(document.id[..<bar]) }  // "123|None"
        for passageFields in try objects(fields["passages"], "passages", line) {
            var passage = BioCDocument.Passage()
            let infons = try Self.infons(passageFields["infons"])
            passage.types = ["type", "section_type"].compactMap { infons[$0]?.lowercased() }
            passage.offset = try number(passageFields["offset"], "passage offset", line) ?? 0
            passage.text = Self.string(passageFields["text"])
            passage.annotations = try annotations(passageFields["annotations"], line)
            for sentenceFields in try objects(passageFields["sentences"], "sentences", line) {
                let offset = try number(sentenceFields["offset"], "sentence offset", line) ?? 0
                passage.sentences.append((offset, Self.string(sentenceFields["text"]) ?? ""))
                passage.annotations += try annotations(sentenceFields["annotations"], line)
                document.relations += try relations(sentenceFields["relations"], line)
            }
            document.relations += try relations(passageFields["relations"], line)
            document.passages.append(passage)
        }
        document.relations += try relations(fields["relations"], line)
        return document
    }

    private func annotations(_ value: Any?, _ line: Int) throws -> [BioCDocument.Annotation] {
        try objects(value, "annotations", line).map { fields in
            var annotation = BioCDocument.Annotation(id: Self.string(fields["id"]), line: line)
            annotation.infons = try Self.infons(fields["infons"])
            annotation.text = Self.string(fields["text"]) ?? ""
            for location in try objects(fields["locations"], "locations", line) {
                guard let offset = try number(location["offset"], "location offset", line),
                    let length = try number(location["length"], "location length", line)
                else { throw malformed(line, "a location without offset and length") }
                annotation.locations.append((offset, length))
            }
            return annotation
        }
    }

    private func relations(_ value: Any?, _ line: Int) throws -> [BioCDocument.Relation] {
        try objects(value, "relations", line).map { fields in
            var relation = BioCDocument.Relation()
            relation.infons = try Self.infons(fields["infons"])
            relation.nodes = try objects(fields["nodes"], "nodes", line).map {
                (Self.string($0["refid"]) ?? "", Self.string($0["role"]) ?? "")
            }
            return relation
        }
    }

    /// An array of objects; a missing value or `null` is an empty array.
    private func objects(_ value: Any?, _ name: String, _ line: Int) throws -> [[String: Any]] {
        guard let value, !(value is NSNull) else { return [] }
        guard let array = value as? [Any], let objects = array as? [[String: Any]] else {
            throw malformed(line, "\"\(name)\" is not an array of objects")
        }
        return objects
    }

    /// An integer field; `nil` when missing; throws when present but not an integer.
    private func number(_ value: Any?, _ name: String, _ line: Int) throws -> Int? {
        guard let value, !(value is NSNull) else { return nil }
        if let string = value as? String, let number = Int(string) { return number }
        guard let number = value as? NSNumber, let exact = Int(exactly: number.doubleValue) else {
            throw malformed(line, "\(name) \(value) is not an integer")
        }
        return exact
    }

    /// Infons as strings (numbers written as they read); a missing value is empty.
    private static func infons(_ value: Any?) throws -> [String: String] {
        guard let object = value as? [String: Any] else { return [:] }
        return object.compactMapValues { string($0) }
    }

    /// A string, or a number written as text; `nil` otherwise.
    private static func string(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }

    private func malformed(_ line: Int, _ detail: String) -> ReadError {
        .malformedRecord(path: displayName, line: line, format: "BioC JSON", detail: detail)
    }
}
