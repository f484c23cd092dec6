/// One sentence of a document, located in the document's text.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence's position in the document, from 0 (the title is sentence 0).
    public var index: Int
    /// Where the sentence lies in `Document.text`.
    public var span: TextSpan
    /// The sentence's text, exactly `Document.text` over `span`.
    public var text: String

    /// Creates a sentence.
    public init(index: Int, span: TextSpan, text: String) {
        self.index = index
        self.span = span
        self.text = text
    }
}
