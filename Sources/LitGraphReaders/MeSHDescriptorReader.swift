import LitGraphModel

/// Turns the token stream of a MeSH descriptor file (`DescriptorRecordSet`) into entries, one
/// per `DescriptorRecord`, handed over as each record closes.
///
/// Only four paths under a record are decoded: `DescriptorUI`, `DescriptorName/String`,
/// `TreeNumberList/TreeNumber` and `ConceptList/Concept/TermList/Term/String`; the names of
/// qualifiers, pharmacological actions and related descriptors are scanned but never kept.
struct MeSHDescriptorReader {
    /// The element whose text is being collected.
    private enum Field {
        case identifier, name, treeNumber, term
    }

    /// What one `DescriptorRecord` has shown so far.
    private struct Record {
        var line: Int
        var identifier = ""
        var name = ""
        var treeNumbers: [String] = []
        var terms: [String] = []

        mutating func set(_ field: Field, _ text: String) {
            switch field {
            case .identifier: identifier = text
            case .name: name = text
            case .treeNumber: treeNumbers.append(text)
            case .term: terms.append(text)
            }
        }
    }

    /// The tokenizer over the file's bytes.
    var tokenizer: XMLTokenizer
    /// How errors name the input.
    let displayName: String

    /// Streams the file's descriptors to `body` in file order.
    mutating func read(_ body: (VocabularyEntry) throws -> Void) throws {
        var path: [String] = []
        var record: Record?
        var capture: (field: Field, depth: Int, text: String)?
        tokenizer.wantsText = false
        while let token = try tokenizer.next() {
            switch token {
            case .start(let tag):
                if path.isEmpty, tag.name != "DescriptorRecordSet" {
                    throw VocabularyError.unsupportedXML(path: displayName, root: tag.name)
                }
                path.append(tag.name)
                if path.count == 2, tag.name == "DescriptorRecord" {
                    record = Record(line: tag.line)
                } else if record != nil, let field = Self.field(at: path) {
                    capture = (field, path.count, "")
                    tokenizer.wantsText = true
                }
            case .text(let text):
                capture?.text += text
            case .end:
                if let finished = capture, finished.depth == path.count {
                    record?.set(finished.field, finished.text.collapsingWhitespace)
                    capture = nil
                    tokenizer.wantsText = false
                }
                if path.count == 2, let finished = record {
                    try body(try entry(from: finished))
                    record = nil
                }
                path.removeLast()
            }
        }
    }

    /// The field an element at `path` (root first) holds, when it is one that is kept.
    private static func field(at path: [String]) -> Field? {
        let inRecord = path.dropFirst(2)
        switch inRecord.count {
        case 1: return inRecord.first == "DescriptorUI" ? .identifier : nil
        case 2:
            if inRecord.elementsEqual(["DescriptorName", "String"]) { return .name }
            if inRecord.elementsEqual(["TreeNumberList", "TreeNumber"]) { return .treeNumber }
            return nil
        case 5:
            return inRecord.elementsEqual(["ConceptList", "Concept", "TermList", "Term", "String"]) ? .term : nil
        default: return nil
        }
    }

    /// The entry for a finished record; throws when it lacks its identifier or name.
    private func entry(from record: Record) throws -> VocabularyEntry {
        guard !record.identifier.isEmpty else {
            throw VocabularyError.incompleteRecord(path: displayName, line: record.line, missing: "a DescriptorUI")
        }
        guard !record.name.isEmpty else {
            throw VocabularyError.incompleteRecord(
                path: displayName, line: record.line, missing: "a DescriptorName/String")
        }
        return VocabularyEntry(
            id: "MESH:" + record.identifier,
            name: record.name,
            category: record.treeNumbers.first.map(EntityCategory.forMeSHTreeNumber) ?? .other,
            synonyms: VocabularyReader.synonyms(record.terms, excluding: record.name)
        )
    }
}
