public import LitGraphModel

/// An annotated document to write, with the hash of the input it was annotated from.
public struct DocumentVersion: Sendable, Hashable {
    /// The document with its sentences, mentions and relations.
    public var annotated: AnnotatedDocument
    /// ``LitGraphModel/Document/inputHash(extractorFingerprint:)`` of the document as read, stored
    /// so that a later build skips the unchanged input before annotating it; `nil` when unknown.
    public var inputHash: String?

    /// Creates a version of a document.
    public init(_ annotated: AnnotatedDocument, inputHash: String?) {
        self.annotated = annotated
        self.inputHash = inputHash
    }
}
