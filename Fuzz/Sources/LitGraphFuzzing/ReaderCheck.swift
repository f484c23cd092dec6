import LitGraphModel
public import LitGraphReaders

/// Reads fuzz inputs with one reader and checks what reading promises whatever the bytes.
///
/// A read either hands over documents or throws a ``ReadError`` with a one-line description;
/// diagnostics are one line too. Anything else — a trap, another error type, a multi-line
/// message — stops the fuzzer (through `preconditionFailure`) with the input saved as a crash.
public enum ReaderCheck {
    /// Reads `bytes` as `format` (`.auto` sniffs, gzip included) and checks the outcome.
    public static func read(_ bytes: [UInt8], as format: InputFormat) {
        var documents = 0
        do {
            try DocumentReader(format: format).read(
                bytes: bytes,
                name: "fuzz-input",
                diagnostics: { diagnostic in
                    precondition(isOneLine(diagnostic.description), "diagnostic spans lines: \(diagnostic)")
                },
                { document in
                    precondition(!document.id.isEmpty, "document without an identifier")
                    let length = (document.title + " " + document.abstract).unicodeScalars.count
                    for mention in document.annotations {
                        precondition(
                            mention.span.start >= 0 && mention.span.end <= length,
                            "mention span \(mention.span.start)–\(mention.span.end) outside \(length) code points")
                    }
                    documents += 1
                })
        } catch let error as ReadError {
            precondition(isOneLine(error.description), "error message spans lines: \(error)")
        } catch {
            preconditionFailure("a reader threw \(type(of: error)), not a ReadError: \(error)")
        }
    }

    /// Whether `text` holds no line break.
    static func isOneLine(_ text: String) -> Bool {
        !text.contains { $0.isNewline }
    }
}
