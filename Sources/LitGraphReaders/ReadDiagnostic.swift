/// A recoverable problem found while reading an input, reported without stopping the read:
/// typically an annotation whose offsets do not match the document text, which is dropped.
public struct ReadDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How messages name the input (its path, or `standard input`).
    public var path: String
    /// The 1-based line the problem is on, when the format has lines that mean something.
    public var line: Int?
    /// The identifier of the document concerned, when known.
    public var documentID: String?
    /// What is wrong and what was done about it, in one line.
    public var message: String

    /// Creates a diagnostic.
    public init(path: String, line: Int? = nil, documentID: String? = nil, message: String) {
        self.path = path
        self.line = line
        self.documentID = documentID
        self.message = message
    }

    /// One line: `path:line: document 123: message`, control characters written as escapes.
    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        text += ": "
        if let documentID { text += "document \(documentID): " }
        return (text + message).escapingControlCharacters
    }
}
