/// One occurrence of an entity in a document's text.
public struct Mention: Sendable, Hashable, Codable {
    /// The entity mentioned.
    public var entity: Entity
    /// Where the mention lies in `Document.text`.
    public var span: TextSpan
    /// The text as written, exactly `Document.text` over `span`.
    public var text: String

    /// Creates a mention.
    public init(entity: Entity, span: TextSpan, text: String) {
        self.entity = entity
        self.span = span
        self.text = text
    }
}
