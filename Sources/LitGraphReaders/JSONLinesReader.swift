import Foundation
import LitGraphModel

/// Reads JSON Lines: one JSON object per line with `id` or `pmid` (string or number), `title`
/// and `abstract`; other keys are ignored and blank lines skipped.
///
/// Each line is parsed on its own, so memory is bounded by the longest line. A line that is not
/// a JSON object, or has no identifier, throws ``ReadError/malformedRecord(path:line:format:detail:)``
/// naming its line number.
struct JSONLinesReader {
    /// The lines of the input.
    var lines: LineReader
    /// The input path, stored as each document's `source`.
    let source: String
    /// How messages name the input.
    let displayName: String

    /// Streams the documents to `body` in file order.
    mutating func read(_ body: (Document) throws -> Void) throws {
        while let line = try lines.nextLine() {
            let number = lines.lineNumber
            if line.allSatisfy(\.isWhitespace) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            } catch {
                throw malformed(number, "not valid JSON")
            }
            guard let fields = object as? [String: Any] else { throw malformed(number, "not a JSON object") }
            try body(document(from: fields, line: number))
        }
    }

    private func document(from fields: [String: Any], line: Int) throws -> Document {
        let pmid = Self.text(fields["pmid"])
        guard let id = Self.text(fields["id"]) ?? pmid, !id.isEmpty else {
            throw malformed(line, "no \"id\" or \"pmid\"")
        }
        let numericID = id.allSatisfy(\.isASCIIDigit) ? id : nil
        return Document(
            id: id,
            pmid: pmid ?? numericID,
            title: Self.text(fields["title"]) ?? "",
            abstract: Self.text(fields["abstract"]) ?? "",
            source: source
        )
    }

    /// A string, or a number written as text; `nil` for anything else.
    private static func text(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }

    private func malformed(_ line: Int, _ detail: String) -> ReadError {
        .malformedRecord(path: displayName, line: line, format: "JSON Lines", detail: detail)
    }
}
