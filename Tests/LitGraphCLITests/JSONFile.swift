import Foundation

/// A JSON document parsed with `JSONSerialization`; parsing throws when the text is not valid JSON.
struct JSONFile {
    /// The top-level object (empty when the document is an array).
    let root: [String: Any]
    /// The top-level array (empty when the document is an object).
    let array: [Any]

    /// Parses `text`.
    init(_ text: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        root = value as? [String: Any] ?? [:]
        array = value as? [Any] ?? []
    }

    /// The objects of the top-level array named `key`.
    func objects(_ key: String) -> [[String: Any]] {
        root[key] as? [[String: Any]] ?? []
    }
}
