import LitGraphExport

/// The file a diagram is written as, chosen by the output file's extension.
///
/// `.dot` is the DOT text itself (no Graphviz needed); `.svg`, `.png` and `.pdf` are rendered by
/// Graphviz (``LitGraphExport/GraphvizRenderer``).
public enum DiagramFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT text.
    case dot
    /// SVG, with tooltips and links.
    case svg
    /// PNG.
    case png
    /// PDF.
    case pdf

    /// The accepted extensions, for messages: `.dot, .svg, .png, .pdf`.
    public static var acceptedExtensions: String { allCases.map { "." + $0.rawValue }.joined(separator: ", ") }

    /// The format of a file named `path`, from its extension (case-insensitive); `nil` for any other.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(rawValue: name[name.index(after: dot)...].lowercased())
    }

    /// Whether Graphviz is needed to write the format.
    public var needsGraphviz: Bool { self != .dot }
}
