import LitGraphModel

/// Reads a BioC XML collection (`<collection>` of `<document>`s) with the streaming
/// ``XMLTokenizer``, handing each document over when it closes (memory bounded by one document).
///
/// Kept: document ids, passage infons, offsets and texts (or their sentences), annotations
/// (infons, locations, text) and relations (infons, nodes) at any level. See
/// ``BioCDocument/document(source:displayName:diagnostics:)`` for how they become a ``Document``.
struct BioCXMLReader {
    /// The tokenizer over the file's bytes.
    var tokenizer: XMLTokenizer
    /// The input path, stored as each document's `source`.
    let source: String
    /// How messages name the input.
    let displayName: String

    private var elements: [String] = []
    private var document: BioCDocument?
    private var passage: BioCDocument.Passage?
    private var sentence: (offset: Int, text: String)?
    private var annotation: BioCDocument.Annotation?
    private var relation: BioCDocument.Relation?
    private var capture: (tag: XMLStartTag, text: String)?

    /// Creates a reader over `tokenizer`.
    init(tokenizer: XMLTokenizer, source: String, displayName: String) {
        self.tokenizer = tokenizer
        self.source = source
        self.displayName = displayName
    }

    /// Streams the documents to `body` in file order, reporting dropped annotations to `diagnostics`.
    mutating func read(diagnostics: (ReadDiagnostic) -> Void, _ body: (Document) throws -> Void) throws {
        tokenizer.wantsText = false
        // Bytes since the current document opened, or since the last one closed, are limited.
        var spanStart = 0
        while let token = try tokenizer.next() {
            if tokenizer.consumedBytes - spanStart > ReadLimits.recordBytes {
                let what = document == nil ? "XML between two BioC documents" : "BioC document"
                throw ReadError.oversizedRecord(path: displayName, line: document?.line ?? tokenizer.line, what: what)
            }
            switch token {
            case .start(let tag):
                if elements.isEmpty, tag.name != "collection" {
                    throw ReadError.unsupportedXML(path: displayName, root: tag.name)
                }
                try open(tag)
                if tag.name == "document" { spanStart = tokenizer.consumedBytes }
                elements.append(tag.name)
            case .text(let text):
                capture?.text += text
            case .end(let name):
                elements.removeLast()
                if let finished = try close(name) {
                    guard !finished.id.isEmpty else { throw malformed(finished.line, "a <document> without an <id>") }
                    try body(finished.document(source: source, displayName: displayName, diagnostics: diagnostics))
                    spanStart = tokenizer.consumedBytes
                }
            }
        }
    }

    private mutating func open(_ tag: XMLStartTag) throws {
        switch tag.name {
        case "document": document = BioCDocument(line: tag.line)
        case "passage": passage = BioCDocument.Passage()
        case "sentence": sentence = (0, "")
        case "annotation": annotation = BioCDocument.Annotation(id: tag.attribute("id"), line: tag.line)
        case "relation": relation = BioCDocument.Relation()
        case "location":
            guard let offset = tag.attribute("offset").flatMap({ Int($0) }),
                let length = tag.attribute("length").flatMap({ Int($0) })
            else { throw malformed(tag.line, "<location> without numeric offset and length attributes") }
            annotation?.locations.append((offset, length))
        case "node":
            relation?.nodes.append((tag.attribute("refid") ?? "", tag.attribute("role") ?? ""))
        case "infon", "offset", "text", "id":
            capture = (tag, "")
            tokenizer.wantsText = true
        default:
            break
        }
    }

    /// Handles an end tag; returns the document when `</document>` closes it.
    private mutating func close(_ name: String) throws -> BioCDocument? {
        switch name {
        case "infon", "offset", "text", "id":
            guard let (tag, text) = capture else { return nil }
            capture = nil
            tokenizer.wantsText = false
            try store(text, of: tag, parent: elements.last ?? "")
        case "annotation":
            if let finished = annotation { passage?.annotations.append(finished) }
            annotation = nil
        case "relation":
            if let finished = relation { document?.relations.append(finished) }
            relation = nil
        case "sentence":
            if let finished = sentence { passage?.sentences.append(finished) }
            sentence = nil
        case "passage":
            if let finished = passage { document?.passages.append(finished) }
            passage = nil
        case "document":
            defer { document = nil }
            return document
        default:
            break
        }
        return nil
    }

    /// Files the text of an `infon`, `offset`, `text` or `id` element under its parent.
    private mutating func store(_ text: String, of tag: XMLStartTag, parent: String) throws {
        switch (tag.name, parent) {
        case ("infon", "annotation"): annotation?.infons[tag.attribute("key") ?? ""] = text
        case ("infon", "relation"): relation?.infons[tag.attribute("key") ?? ""] = text
        case ("infon", "passage"):
            let key = tag.attribute("key")
            if key == "type" || key == "section_type" { passage?.types.append(text.lowercased()) }
        case ("offset", "passage"), ("offset", "sentence"):
            guard let offset = Int(text.trimmingSpaces) else {
                throw malformed(tag.line, "<offset> \"\(text)\" is not a number")
            }
            if parent == "passage" { passage?.offset = offset } else { sentence?.offset = offset }
        case ("text", "passage"): passage?.text = text
        case ("text", "sentence"): sentence?.text = text
        case ("text", "annotation"): annotation?.text = text
        case ("id", "document"): document?.id = text.trimmingSpaces
        default: break
        }
    }

    private func malformed(_ line: Int, _ detail: String) -> ReadError {
        .malformedRecord(path: displayName, line: line, format: "BioC XML", detail: detail)
    }
}
