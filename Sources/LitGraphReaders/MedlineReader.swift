import LitGraphModel

/// Reads MEDLINE tagged text (PubMed's `.nbib` / "MEDLINE" export): `TAG - value` lines, the tag
/// left-aligned in four columns, continuation lines starting with six spaces, records separated
/// by blank lines (CRLF tolerated).
///
/// Kept: `PMID`, `TI`, `AB` (structured abstracts arrive flattened, `LABEL:` prefixes included),
/// `JT` (else `TA`) as the journal, the year of `DP`, `MH` (a leading `*` marks a major topic,
/// `/subheadings` are dropped; this format carries no descriptor UI, so `descriptorID` is empty)
/// and `PT`. Each record is handed over when it ends, so memory is bounded by one record.
struct MedlineReader {
    /// The lines of the input.
    var lines: LineReader
    /// The input path, stored as each document's `source`.
    let source: String
    /// How messages name the input.
    let displayName: String

    /// Streams the records to `body` in file order.
    mutating func read(_ body: (Document) throws -> Void) throws {
        var fields: [(tag: String, value: String)] = []
        var recordLine = 0
        var recordStart = 0
        while case let lineStart = lines.consumedBytes, let line = try lines.nextLine() {
            let number = lines.lineNumber
            if !fields.isEmpty, lines.consumedBytes - recordStart > ReadLimits.recordBytes {
                throw ReadError.oversizedRecord(path: displayName, line: recordLine, what: "MEDLINE record")
            }
            if line.allSatisfy(\.isWhitespace) {
                if !fields.isEmpty { try body(document(from: fields, line: recordLine)) }
                fields = []
                continue
            }
            if line.hasPrefix("      ") {
                guard !fields.isEmpty else { throw malformed(number, "continuation line before any tag") }
                fields[fields.count - 1].value += " " + line.trimmingSpaces
                continue
            }
            guard let (tag, value) = Self.tagLine(line) else {
                throw malformed(number, "not a \"TAG - value\" line or a six-space continuation")
            }
            if tag == "PMID", fields.contains(where: { $0.tag == "PMID" }) {
                try body(document(from: fields, line: recordLine))
                fields = []
            }
            if fields.isEmpty { (recordLine, recordStart) = (number, lineStart) }
            fields.append((tag, value))
        }
        if !fields.isEmpty { try body(document(from: fields, line: recordLine)) }
    }

    /// Splits `TAG - value` (tag up to four characters, `-` in column 5); `nil` for other lines.
    static func tagLine(_ line: String) -> (tag: String, value: String)? {
        let characters = Array(line)
        guard characters.count >= 5, characters[4] == "-", characters.count == 5 || characters[5] == " " else {
            return nil
        }
        let tag = String(characters[0..<4]).trimmingSpaces
        guard !tag.isEmpty, tag.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else { return nil }
        let value = characters.count > 6 ? String(characters[6...]) : ""
        return (tag, value)
    }

    private func document(from fields: [(tag: String, value: String)], line: Int) throws -> Document {
        func first(_ tag: String) -> String? {
            fields.first { $0.tag == tag }.map(\.value.collapsingWhitespace)
        }
        func all(_ tag: String) -> [String] {
            fields.filter { $0.tag == tag }.map(\.value.collapsingWhitespace)
        }
        guard let pmid = first("PMID"), !pmid.isEmpty else {
            throw malformed(line, "record without a PMID line")
        }
        let journal = first("JT") ?? first("TA")
        return Document(
            id: pmid,
            pmid: pmid,
            title: first("TI") ?? "",
            abstract: first("AB") ?? "",
            journal: journal.flatMap { $0.isEmpty ? nil : $0 },
            year: first("DP").flatMap(PubMedRecord.fourDigitYear(in:)),
            meshHeadings: all("MH").map(Self.heading),
            publicationTypes: all("PT"),
            source: source
        )
    }

    /// `*Oxytocin/pharmacology` → major heading `Oxytocin`.
    static func heading(_ value: String) -> MeshHeading {
        var name = Substring(value)
        let isMajor = name.hasPrefix("*")
        if isMajor { name = name.dropFirst() }
        if let slash = name.firstIndex(of: "/") { name = name[..<slash] }
        return MeshHeading(descriptorID: "", name: String(name).trimmingSpaces, isMajorTopic: isMajor)
    }

    private func malformed(_ line: Int, _ detail: String) -> ReadError {
        .malformedRecord(path: displayName, line: line, format: "MEDLINE", detail: detail)
    }
}
