import LitGraphModel

/// One property value of a KGX node or edge record, typed so that TSV and JSON Lines each write
/// it their own way (``KGXExporter``).
enum KGXValue: Sendable, Hashable {
    /// An identifier (CURIE or URI).
    case identifier(String)
    /// Free text (a name, a Biolink term).
    case text(String)
    /// Several identifiers (`publications`).
    case identifiers([String])
    /// Several texts (`category`, `supporting_text`).
    case texts([String])
    /// An integer.
    case int(Int)
    /// A number.
    case number(Double)
    /// `true` (a false flag is left out rather than written).
    case isTrue

    /// The TSV cell: lists joined with `|`; tabs, newlines and carriage returns become spaces and
    /// other control characters are dropped (KGX TSV is read without quoting); KGX splits every
    /// cell at `|`, so a `|` inside an identifier becomes `%7C` and inside text `¦` (U+00A6).
    var tsvCell: String {
        switch self {
        case .identifier(let id): Self.tsvIdentifier(id)
        case .text(let text): Self.tsvText(text)
        case .identifiers(let ids): ids.map(Self.tsvIdentifier).joined(separator: "|")
        case .texts(let texts): texts.map(Self.tsvText).joined(separator: "|")
        case .int(let value): String(value)
        case .number(let value): String(value)
        case .isTrue: "True"
        }
    }

    /// The JSON value: lists as arrays, a `|` inside an identifier as `%7C` (identifiers read the
    /// same in both KGX forms), text exactly as it is.
    var json: JSONValue {
        switch self {
        case .identifier(let id): .string(Self.escapingPipes(id))
        case .text(let text): .string(text)
        case .identifiers(let ids): .array(ids.map { .string(Self.escapingPipes($0)) })
        case .texts(let texts): .array(texts.map(JSONValue.string))
        case .int(let value): .int(value)
        case .number(let value): .number(value)
        case .isTrue: .bool(true)
        }
    }

    /// `id` with `|` written `%7C`.
    static func escapingPipes(_ id: String) -> String {
        id.replacing("|", with: "%7C")
    }

    /// An identifier for a TSV cell.
    static func tsvIdentifier(_ id: String) -> String {
        singleCell(escapingPipes(id))
    }

    /// Text for a TSV cell or list item.
    static func tsvText(_ text: String) -> String {
        singleCell(text).replacing("|", with: "\u{A6}")
    }

    /// `text` without tabs, line breaks (each becomes a space) or other control characters.
    static func singleCell(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r": result.unicodeScalars.append(" ")
            default:
                if scalar.value >= 0x20, scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
