import Foundation

/// Guesses an input's format from its first bytes (after any gzip layer and BOM), as FORMATS.md
/// §5.2 describes.
///
/// In order: `<` opens XML — BioC when `<collection` appears in the prefix, PubMed otherwise;
/// `{` or `[` opens JSON — JSON Lines when the first line is a whole object with a `title`,
/// `abstract`, `id` or `pmid` key, BioC JSON otherwise; a first line like `123|t|` is PubTator;
/// a first line `TAG - value` with a `PMID- ` line in the prefix is MEDLINE; anything else is text.
enum InputSniffer {
    /// The format of an input starting with `prefix` (at least a few KiB unless the input is shorter).
    static func format(of prefix: [UInt8]) -> InputFormat {
        guard let start = prefix.firstIndex(where: { !XMLTokenizer.isSpace($0) }) else { return .text }
        let body = prefix[start...]
        let first = body[start]
        if first == UInt8(ascii: "<") {
            return contains(body, "<collection") ? .biocXML : .pubmedXML
        }
        let firstLine = String(decoding: body.prefix { $0 != 0x0A }, as: UTF8.self).trimmingSpaces
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return isJSONLine(firstLine) ? .jsonl : .biocJSON
        }
        if PubTatorReader.textLine(firstLine).map({ $0.pmid.allSatisfy(\.isASCIIDigit) }) == true {
            return .pubtator
        }
        if MedlineReader.tagLine(firstLine) != nil, contains(body, "PMID- ") { return .medline }
        return .text
    }

    /// Whether `line` is a complete JSON object with a key a JSON Lines document has.
    private static func isJSONLine(_ line: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return false
        }
        return ["title", "abstract", "id", "pmid"].contains { object[$0] != nil }
            && !JSONDocumentScanner.documentKeys.contains { object[$0] != nil }
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: needle[0]) {
            if bytes[found...].starts(with: needle) { return true }
            index = found + 1
        }
        return false
    }
}
