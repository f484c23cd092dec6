/// One event of the streaming XML tokenizer.
enum XMLToken: Equatable {
    /// A start tag; a self-closing tag is reported as a start tag followed by an end tag.
    case start(XMLStartTag)
    /// An end tag, with the element name.
    case end(String)
    /// Character data with entities decoded (CDATA sections arrive as text too); may be split.
    case text(String)
}

/// A start tag: its name, attributes in document order and the line it starts on.
struct XMLStartTag: Equatable {
    /// The element name, prefix included (`mml:math`).
    var name: String
    /// The attributes as name–value pairs, values with entities decoded.
    var attributes: [XMLAttribute]
    /// The 1-based line the tag starts on.
    var line: Int

    /// The value of the attribute called `name`, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One attribute of a start tag.
struct XMLAttribute: Equatable {
    /// The attribute name.
    var name: String
    /// The value with entity and character references decoded.
    var value: String
}
