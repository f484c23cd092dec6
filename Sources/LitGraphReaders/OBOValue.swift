/// Reading the values of OBO `tag: value` lines: escapes, `!` comments and `{…}` modifiers.
enum OBOValue {
    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
            let last = text.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return text[first...last]
    }

    /// An unquoted value: escapes (`\!`, `\:`, `\"`, `\\`, `\n`, `\t`…) decoded, the comment after an
    /// unescaped `!` and trailing `{…}` modifiers removed, surrounding spaces trimmed.
    static func plain(_ value: Substring) -> String {
        var characters: [Character] = []
        var escaped = false
        var modifierStart: Int?
        for character in value {
            if escaped {
                characters.append(unescaped(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "!" {
                break
            } else {
                if character == "{", characters.last == " " { modifierStart = characters.count }
                characters.append(character)
            }
        }
        var text = Substring(String(characters))
        if let start = modifierStart, trimmed(Substring(String(characters[start...]))).hasSuffix("}") {
            text = Substring(String(characters[..<start]))
        }
        return String(trimmed(text))
    }

    /// A value that starts with a quoted string: the string's decoded text and what follows the
    /// closing quote, or `nil` when the value does not start with a complete quoted string.
    static func quoted(_ value: Substring) -> (text: String, rest: Substring)? {
        let value = trimmed(value)
        guard value.first == "\"" else { return nil }
        var text = ""
        var escaped = false
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if escaped {
                text.append(unescaped(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return (text, value[value.index(after: index)...])
            } else {
                text.append(character)
            }
            index = value.index(after: index)
        }
        return nil
    }

    /// The character an OBO escape `\c` stands for.
    private static func unescaped(_ character: Character) -> Character {
        switch character {
        case "n": "\n"
        case "t": "\t"
        case "W": " "
        default: character
        }
    }
}
