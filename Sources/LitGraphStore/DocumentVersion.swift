public import LitGraphModel

/// An annotated document to write, with the hash of the input it was annotated from.
///
/// Its ``contentHash`` and the normalized forms of its mention texts are computed when it is made
/// (or its document replaced), so that a build does this on the annotating threads rather than on
/// the one writer thread. Two versions are equal when their documents and input hashes are: the
/// rest follows from the document.
public struct DocumentVersion: Sendable, Hashable {
    /// The document with its sentences, mentions and relations.
    public var annotated: AnnotatedDocument {
        didSet {
            contentHash = annotated.contentHash
            normalizedNames = NormalizedNames(annotated)
        }
    }
    /// ``LitGraphModel/Document/inputHash(extractorFingerprint:)`` of the document as read, stored
    /// so that a later build skips the unchanged input before annotating it; `nil` when unknown.
    public var inputHash: String?
    /// ``LitGraphModel/AnnotatedDocument/contentHash`` of ``annotated``, computed once.
    public private(set) var contentHash: String
    /// The mention texts of ``annotated``, normalized (a write records them as synonyms).
    private(set) var normalizedNames: NormalizedNames

    /// Creates a version of a document, hashing its content.
    public init(_ annotated: AnnotatedDocument, inputHash: String?) {
        self.annotated = annotated
        self.inputHash = inputHash
        contentHash = annotated.contentHash
        normalizedNames = NormalizedNames(annotated)
    }

    /// Whether two versions hold the same document and input hash.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.annotated == rhs.annotated && lhs.inputHash == rhs.inputHash
    }

    /// Hashes the document and the input hash, as ``==(_:_:)`` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(annotated)
        hasher.combine(inputHash)
    }
}
