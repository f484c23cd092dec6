import LitGraphModel

/// Reads PubTator text: per document a `PMID|t|title` line, a `PMID|a|abstract` line, mention
/// lines `PMID⇥start⇥end⇥text⇥type⇥identifier[⇥individual mentions]` and relation lines
/// `PMID⇥TYPE⇥ID1⇥ID2[⇥novel]`, documents separated by blank lines (CRLF tolerated).
///
/// Each document is handed over when its blank line (or the next document's title) arrives, so
/// memory is bounded by one document. A line breaking the layout throws
/// ``ReadError/malformedRecord(path:line:format:detail:)``; a mention whose offsets do not match
/// the text is dropped and reported as a ``ReadDiagnostic``.
struct PubTatorReader {
    /// One document's lines as they are read.
    private struct Pending {
        var pmid: String
        var line: Int
        var title = ""
        var abstract: String?
        var mentions: [(line: Int, columns: [Substring])] = []
        var relations: [[Substring]] = []
    }

    /// The lines of the input.
    var lines: LineReader
    /// The input path, stored as each document's `source`.
    let source: String
    /// How messages name the input.
    let displayName: String

    /// Streams the documents to `body` in file order, reporting dropped mentions to `diagnostics`.
    mutating func read(diagnostics: (ReadDiagnostic) -> Void, _ body: (Document) throws -> Void) throws {
        var pending: Pending?
        var documentStart = 0
        while case let lineStart = lines.consumedBytes, let line = try lines.nextLine() {
            let number = lines.lineNumber
            if let current = pending, lines.consumedBytes - documentStart > ReadLimits.recordBytes {
                throw ReadError.oversizedRecord(path: displayName, line: current.line, what: "PubTator document")
            }
            if line.allSatisfy(\.isWhitespace) {
                if let finished = pending { try body(document(from: finished, diagnostics: diagnostics)) }
                pending = nil
                continue
            }
            if let (pmid, kind, text) = Self.textLine(line) {
                if kind == "t" {
                    if let finished = pending { try body(document(from: finished, diagnostics: diagnostics)) }
                    pending = Pending(pmid: pmid, line: number, title: text)
                    documentStart = lineStart
                } else {
                    guard var current = pending, current.pmid == pmid, current.abstract == nil else {
                        throw malformed(number, "abstract line for PMID \(pmid) without its title line just before")
                    }
                    current.abstract = text
                    pending = current
                }
                continue
            }
            pending = try annotationLine(line, number: number, into: pending)
        }
        if let finished = pending { try body(document(from: finished, diagnostics: diagnostics)) }
    }

    /// Files a mention or relation line under the current document.
    private func annotationLine(_ line: String, number: Int, into pending: Pending?) throws -> Pending {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count > 1 else {
            throw malformed(number, "not a PMID|t|, PMID|a|, mention or relation line")
        }
        guard var current = pending else {
            throw malformed(number, "annotation line before any PMID|t|title line")
        }
        guard columns[0] == current.pmid else {
            throw malformed(number, "line for PMID \(columns[0]) inside the document of PMID \(current.pmid)")
        }
        switch columns.count {
        case 6, 7:
            guard Int(columns[1]) != nil, Int(columns[2]) != nil else {
                throw malformed(number, "mention offsets \"\(columns[1])\" and \"\(columns[2])\" are not numbers")
            }
            current.mentions.append((number, columns))
        case 4, 5:
            current.relations.append(columns)
        default:
            throw malformed(
                number,
                "\(columns.count) tab-separated fields; mention lines have 6 or 7, relation lines 4 or 5"
            )
        }
        return current
    }

    /// Splits `PMID|t|text` or `PMID|a|text`; `nil` for any other line.
    static func textLine(_ line: String) -> (pmid: String, kind: Character, text: String)? {
        guard let bar = line.firstIndex(of: "|") else { return nil }
        let pmid = line[..<bar]
        guard !pmid.isEmpty, !pmid.contains("\t") else { return nil }
        let rest = line[line.index(after: bar)...]
        guard let kind = rest.first, kind == "t" || kind == "a" else { return nil }
        let afterKind = rest.dropFirst()
        guard afterKind.first == "|" else { return nil }
        return (String(pmid), kind, String(afterKind.dropFirst()))
    }

    private func document(from pending: Pending, diagnostics: (ReadDiagnostic) -> Void) throws -> Document {
        let abstract = pending.abstract ?? ""
        var aligner = OffsetAligner(text: pending.title + " " + abstract)
        var annotations = AnnotationSet()
        for (line, columns) in pending.mentions {
            let start = Int(columns[1]) ?? 0
            let end = Int(columns[2]) ?? 0
            let text = String(columns[3])
            guard let span = aligner.span(start: start, end: end, mention: text) else {
                diagnostics(
                    ReadDiagnostic(
                        path: displayName,
                        line: line,
                        documentID: pending.pmid,
                        message: "mention \"\(text)\" at \(start)–\(end) does not match the text there; dropped"
                    )
                )
                continue
            }
            annotations.addMention(
                span: span, text: aligner.text(in: span), type: String(columns[4]), identifier: String(columns[5]))
        }
        for columns in pending.relations {
            annotations.addRelation(
                type: String(columns[1]),
                first: String(columns[2]),
                second: String(columns[3]),
                novel: columns.count > 4 ? String(columns[4]) : nil
            )
        }
        return Document(
            id: pending.pmid,
            pmid: pending.pmid.allSatisfy(\.isASCIIDigit) ? pending.pmid : nil,
            title: pending.title,
            abstract: abstract,
            source: source,
            annotations: annotations.sortedMentions,
            annotatedRelations: annotations.relations
        )
    }

    private func malformed(_ line: Int, _ detail: String) -> ReadError {
        .malformedRecord(path: displayName, line: line, format: "PubTator", detail: detail)
    }
}
