import LitGraphModel
import LitGraphReaders

/// Gold files read for training: every document of each file in turn, streaming.
enum AnnotatedCorpus {
    /// Calls `body` with every document of the files at `paths`; returns how many were read.
    ///
    /// - Throws: `ReadError` when a file is missing or malformed;
    ///   ``EvaluationError/noAnnotations(path:documents:)`` when a file has no entity annotations.
    static func forEachDocument(
        in paths: [String], format: InputFormat, _ body: (Document) throws -> Void
    ) throws -> Int {
        let reader = DocumentReader(format: format)
        var documents = 0
        for path in paths {
            var annotated = 0
            var read = 0
            for input in try reader.inputs(for: [path]) {
                try reader.read(input) { gold in
                    read += 1
                    if !gold.annotations.isEmpty { annotated += 1 }
                    try body(gold)
                }
            }
            guard annotated > 0 else { throw EvaluationError.noAnnotations(path: path, documents: read) }
            documents += read
        }
        return documents
    }
}
