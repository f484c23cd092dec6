import Foundation

#if canImport(FoundationXML)
    public import FoundationXML
#endif

/// Finds markup in an SVG that a browser would run: a script or foreignObject element, an `on…=`
/// event attribute, a `javascript:` link.
public enum SVGSafety {
    /// Every place in the SVG text where markup could run code, found by pattern.
    ///
    /// Comments, quoted attribute values and text between tags are blanked out first (Graphviz
    /// writes `"` inside them as `&quot;`), so a name such as `" onload="x` shown as text, in a
    /// tooltip or in a comment is not mistaken for an attribute; what is left is tag and
    /// attribute names.
    public static func executableMarkup(in svg: String) -> [String] {
        var markup = svg
        for (pattern, replacement) in [(#"<!--.*?-->"#, ""), (#""[^"]*""#, "\"\""), (#">[^<]*<"#, "><")] {
            let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            markup =
                expression?.stringByReplacingMatches(
                    in: markup, range: NSRange(markup.startIndex..., in: markup), withTemplate: replacement) ?? ""
        }
        let links = matches(of: #"href\s*=\s*"\s*javascript:"#, in: svg)
        return links
            + [#"<\s*script"#, #"<\s*foreignObject"#, #"\son[a-z]+\s*="#].flatMap { matches(of: $0, in: markup) }
    }

    /// Every element of a parsed SVG that could run code: `script` and `foreignObject` elements,
    /// attributes whose name starts with `on`, `href`s to `javascript:` (described, one per find).
    public static func executableMarkup(in document: XMLDocument) -> [String] {
        let elements = (try? document.nodes(forXPath: "//*"))?.compactMap { $0 as? XMLElement } ?? []
        var found: [String] = []
        for element in elements {
            let name = element.localName ?? element.name ?? ""
            if ["script", "foreignobject"].contains(name.lowercased()) { found.append("<\(name)>") }
            for attribute in element.attributes ?? [] {
                let attributeName = (attribute.localName ?? attribute.name ?? "").lowercased()
                let value = (attribute.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if attributeName.hasPrefix("on") { found.append("\(attributeName) on <\(name)>") }
                if attributeName == "href" && value.hasPrefix("javascript:") { found.append("link \(value)") }
            }
        }
        return found
    }

    /// The texts matching the case-insensitive regular expression `pattern` in `text`.
    static func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return ["bad pattern \(pattern)"]
        }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
