import LitGraphModel

extension PlainTextLayout {
    /// Section labels recognised on a line of their own even without a colon.
    static let knownLabels: Set<String> = [
        "BACKGROUND", "OBJECTIVE", "OBJECTIVES", "AIM", "AIMS", "PURPOSE", "INTRODUCTION", "CONTEXT",
        "IMPORTANCE", "METHODS", "MATERIALS AND METHODS", "DESIGN", "SETTING", "PARTICIPANTS",
        "RESULTS", "FINDINGS", "CONCLUSION", "CONCLUSIONS", "DISCUSSION", "INTERPRETATION", "SIGNIFICANCE",
    ]

    /// The digits of a `PMID: 123` / `PMID- 123` line (any case), or `nil`.
    static func pmid(inLine line: String) -> String? {
        guard line.count > 4, line.prefix(4).lowercased() == "pmid" else { return nil }
        var rest = line.dropFirst(4).drop(while: \.isWhitespace)
        guard let separator = rest.first, separator == ":" || separator == "-" else { return nil }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(rest)
    }

    /// Whether a block reads as running prose rather than a menu item, caption or heading.
    static func isProse(_ block: [String]) -> Bool {
        let text = block.joined(separator: " ")
        let lowered = text.lowercased()
        if text.contains("©") || lowered.hasPrefix("copyright") || lowered.contains("all rights reserved") {
            return false
        }
        let words = text.split(separator: " ").count
        let closing: Set<Character> = ["\"", "'", ")", "]", "”", "’"]
        let ending = text.reversed().first { !closing.contains($0) }
        let endsSentence = ending.map { ".?!".contains($0) } ?? false
        let isSection = !labelled(text).label.isEmpty
        return (endsSentence && (words >= 4 || isSection)) || words >= 30
    }

    /// Joins a block that is only a section label to the block after it.
    static func joiningLabels(_ blocks: [[String]]) -> [[String]] {
        var result: [[String]] = []
        var pendingLabel: String?
        for block in blocks {
            if block.count == 1, let label = standaloneLabel(block[0]) {
                if let pending = pendingLabel { result.append([pending]) }
                pendingLabel = label
                continue
            }
            var block = block
            if let label = pendingLabel {
                block[0] = "\(label): \(block[0])"
                pendingLabel = nil
            }
            result.append(block)
        }
        if let pending = pendingLabel { result.append([pending]) }
        return result
    }

    /// The label of a line that is nothing but a section label (`RESULTS`, `Methods:`), or `nil`.
    static func standaloneLabel(_ line: String) -> String? {
        let hasColon = line.hasSuffix(":")
        let label = hasColon ? String(line.dropLast()).collapsingWhitespace : line
        let upper = label.uppercased()
        if knownLabels.contains(upper) { return upper }
        return hasColon && isUppercaseLabel(label) ? label : nil
    }

    /// Splits `RESULTS: text` into its label and text; the label is empty when there is none.
    static func labelled(_ paragraph: String) -> AbstractSection {
        guard let colon = paragraph.firstIndex(of: ":") else { return AbstractSection(label: "", text: paragraph) }
        let label = String(paragraph[..<colon])
        guard isUppercaseLabel(label) else { return AbstractSection(label: "", text: paragraph) }
        let text = String(paragraph[paragraph.index(after: colon)...]).collapsingWhitespace
        return AbstractSection(label: label, text: text)
    }

    /// Whether `text` looks like a label: 1–5 words of capital letters (`MATERIALS AND METHODS`).
    static func isUppercaseLabel(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), text.count <= 40 else { return false }
        return text.contains(where: \.isLetter)
            && text.allSatisfy { ($0.isLetter && $0.isUppercase) || " &/-".contains($0) }
    }
}
