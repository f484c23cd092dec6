/// Text from the data made safe to print on a terminal: nothing in a name or a sentence can move
/// the cursor, recolour the screen, ring the bell or reorder what is shown.
///
/// Used for the table format and for every line written to standard error. The machine formats
/// (TSV, CSV, JSON, JSON Lines) keep the exact text, escaped as each format requires.
public enum TerminalText {
    /// `text` on one line, every character that would act on a terminal shown visibly.
    ///
    /// Tab, newline and carriage return become one space each; the other C0 controls their
    /// Unicode Control Picture (`ESC` → `␛`, BEL → `␇`, NUL → `␀`), DEL `␡`; C1 controls
    /// (U+0080–U+009F), the bidirectional formatting characters (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029) are
    /// written as `<U+202E>`. Everything else is kept.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var result = ""
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    /// Appends `scalar` to `output` as ``visible(_:)`` shows it.
    static func append(_ scalar: Unicode.Scalar, to output: inout String) {
        guard needsReplacement(scalar) else {
            output.unicodeScalars.append(scalar)
            return
        }
        switch scalar.value {
        case 0x09, 0x0A, 0x0D:
            output += " "
        case 0x00...0x1F:
            output.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
        case 0x7F:
            output += "\u{2421}"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            output += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }

    /// Whether ``visible(_:)`` changes `scalar`.
    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
