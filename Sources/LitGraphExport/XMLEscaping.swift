/// Encoders for text written into XML 1.0 (GraphML): element content and attribute values.
///
/// Both are total: any Swift string yields well-formed XML that a parser reads back as the
/// original text, except for the characters XML 1.0 cannot carry at all (XML 1.0 §2.2 `Char`),
/// which are replaced one for one (see ``allowed(_:)``): a C0 control other than tab, newline and
/// carriage return becomes its Unicode Control Picture (`ESC` → `␛`, NUL → `␀`, U+0001 → `␁`),
/// U+FFFE and U+FFFF become U+FFFD. Distinct identifiers stay distinct unless they differ only
/// by a control character and its picture.
public enum XMLEscaping {
    /// Escapes `text` as element content: `&` `<` `>` become entities (so `]]>` is safe) and a
    /// carriage return becomes `&#13;` (a parser would otherwise turn it into a newline).
    public static func text(_ text: String) -> String {
        escaped(text, contentEntities)
    }

    /// Escapes `text` as a double-quoted attribute value: `&` `<` `>` `"` `'` become entities, and
    /// tab, newline and carriage return character references (attribute-value normalisation would
    /// otherwise turn them into spaces).
    public static func attribute(_ text: String) -> String {
        escaped(text, attributeEntities)
    }

    private static let contentEntities: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;",
    ]

    private static let attributeEntities: [Unicode.Scalar: String] = contentEntities.merging([
        "\"": "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;",
    ]) { first, _ in first }

    /// `text` with the characters XML cannot carry replaced, each of `entities`' keys replaced by its value.
    private static func escaped(_ text: String, _ entities: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let entity = entities[scalar] {
                result += entity
            } else {
                result.unicodeScalars.append(allowed(scalar))
            }
        }
        return result
    }

    /// `scalar` if XML 1.0 allows it, else what stands for it: a C0 control's Control Picture
    /// (U+2400 plus its value), U+FFFD for U+FFFE and U+FFFF.
    public static func allowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard !isAllowed(scalar) else { return scalar }
        return scalar.value < 0x20 ? Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}" : "\u{FFFD}"
    }

    /// Whether XML 1.0 allows `scalar` in a document (`#x9 | #xA | #xD | [#x20-#xD7FF] |
    /// [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; Swift strings hold no surrogates).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
