import LitGraphExtraction
import LitGraphModel
import LitGraphReaders
import LitGraphStore

/// What flows from the reading thread through the annotating threads to the writer, in input order.
enum BuildItem: Sendable {
    /// A document read, annotated on the way unless its input was found stored.
    case document(PendingDocument)
    /// The end of an input file, with the number of annotations its reader skipped, the first one,
    /// and the time spent reading the file when the build measures its stages.
    case endOfFile(skippedAnnotations: Int, firstSkipped: ReadDiagnostic?, readTime: Duration?)
}

/// A document on its way to the store.
struct PendingDocument: Sendable {
    /// The document as read.
    var document: Document
    /// Its input hash under the build's extractor fingerprint.
    var inputHash: String
    /// Whether the reading thread found this input hash stored, so it is not annotated (the writer
    /// checks again, since an earlier document of the same build may have replaced it).
    var isStoredUnchanged: Bool
    /// The annotated document with its input and content hashes, once a worker annotated (and
    /// hashed) it.
    var version: DocumentVersion?
    /// The time its annotation took, stage by stage, when the build measures its stages.
    var timings: ExtractionTimings?
}
