/// Encoders for the three kinds of text a DOT file holds: IDs, escStrings and HTML-like labels.
///
/// Every piece of user text that LitGraph writes into DOT goes through exactly one of these
/// functions (FORMATS.md §1.4). They are pure and total: any Swift string yields text that `dot`
/// parses, and that renders as the original text.
public enum DOTEscaping {
    /// Quotes `text` as a DOT ID: `"` + text with `\` → `\\`, then `"` → `\"` + `"`.
    ///
    /// The text is otherwise kept exactly, so the ID stays the CURIE it names (and the SVG
    /// `<title>` of the node), except for the characters XML 1.0 cannot carry: Graphviz copies
    /// IDs into SVG comments and titles unescaped, so a C0 control other than tab, newline and
    /// carriage return becomes its Unicode Control Picture (`ESC` → `␛`, NUL → `␀`) and U+FFFE or
    /// U+FFFF becomes U+FFFD. Keywords such as `node` or names such as `IL-6` are safe quoted.
    public static func quotedID(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.unicodeScalars.append(XMLEscaping.allowed(scalar))
            }
        }
        return result + "\""
    }

    /// Quotes `text` as an escString for `label`, `tooltip` and similar attributes.
    ///
    /// `\` → `\\` (so `\N`, `\G`, `\L`… render literally), `"` → `\"`, newline → `\n`,
    /// `&` → `&amp;` (Graphviz decodes HTML entities in labels, so `&beta;` would otherwise
    /// render as `β`), tab → space, carriage returns and other control characters dropped.
    public static func quotedEscString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\n": result += "\\n"
            case "\t": result.unicodeScalars.append(" ")
            default:
                if !isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Escapes `text` for use inside an HTML-like label (`label=<…>`), as XML text or attribute.
    ///
    /// `&` `<` `>` `"` `'` become entities; newline becomes `<BR/>` only when `lineBreaks` is
    /// true (inside a table cell) and a space otherwise; tab becomes a space; other control
    /// characters, which XML forbids, are dropped.
    public static func htmlText(_ text: String, lineBreaks: Bool = false) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += lineBreaks ? "<BR/>" : " "
            case "\t": result.unicodeScalars.append(" ")
            default:
                if !isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether `scalar` is a C0 or C1 control character or DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
