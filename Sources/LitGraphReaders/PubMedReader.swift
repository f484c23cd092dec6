import LitGraphModel

/// Turns the token stream of a PubMed XML file into documents, one per `MedlineCitation`
/// (efetch `PubmedArticleSet` or baseline `MedlineCitationSet`) or `BookDocument`.
///
/// `DeleteCitation` and every element LitGraph does not keep are skipped without decoding their
/// text. Each document is handed over as soon as its record closes, so memory stays flat.
struct PubMedReader {
    /// The text being collected for one field.
    private struct Capture {
        var field: PubMedField
        var tag: XMLStartTag
        /// The number of open elements while inside the field's element.
        var depth: Int
        var text = ""
    }

    /// The tokenizer over the file's bytes.
    var tokenizer: XMLTokenizer
    /// The input path, stored as each document's `source`.
    let source: String
    /// How errors name the input.
    let displayName: String

    /// Streams the file's documents to `body` in file order.
    mutating func read(_ body: (Document) throws -> Void) throws {
        var nodes: [PubMedNode] = []
        var record: PubMedRecord?
        var capture: Capture?
        tokenizer.wantsText = false
        // Bytes since the current record opened, or since the last one closed, are limited.
        var spanStart = 0
        while let token = try tokenizer.next() {
            if tokenizer.consumedBytes - spanStart > ReadLimits.recordBytes {
                let what = record == nil ? "XML between two PubMed records" : "PubMed record"
                throw ReadError.oversizedRecord(path: displayName, line: record?.line ?? tokenizer.line, what: what)
            }
            switch token {
            case .start(let tag):
                let node = try node(for: tag, parent: nodes.last)
                nodes.append(node)
                if node == .record {
                    record = PubMedRecord(line: tag.line)
                    spanStart = tokenizer.consumedBytes
                } else if case .field(let field) = node, record != nil {
                    capture = Capture(field: field, tag: tag, depth: nodes.count)
                    tokenizer.wantsText = true
                }
            case .text(let text):
                capture?.text += text
            case .end:
                if let finished = capture, finished.depth == nodes.count {
                    record?.set(finished.field, text: finished.text.collapsingWhitespace, tag: finished.tag)
                    capture = nil
                    tokenizer.wantsText = false
                }
                if nodes.popLast() == .record, let finished = record {
                    try body(finished.document(source: source, displayName: displayName))
                    record = nil
                    spanStart = tokenizer.consumedBytes
                }
            }
        }
    }

    private func node(for tag: XMLStartTag, parent: PubMedNode?) throws -> PubMedNode {
        if let parent { return parent.child(named: tag.name) }
        guard let root = PubMedNode.root(named: tag.name) else {
            throw ReadError.unsupportedXML(path: displayName, root: tag.name)
        }
        return root
    }
}
