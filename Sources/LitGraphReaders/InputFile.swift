/// One input to read: a file path, or `-` for standard input.
public struct InputFile: Sendable, Hashable {
    /// The path as given or found in a folder; `-` stands for standard input.
    public let path: String
    /// How messages name the input: the path, or `standard input`.
    public var displayName: String

    /// Creates an input for `path`; `-` means standard input.
    public init(path: String) {
        self.path = path
        self.displayName = path == Self.standardInputPath ? "standard input" : path
    }

    /// The path that stands for standard input.
    public static let standardInputPath = "-"

    /// Whether the input is standard input.
    public var isStandardInput: Bool { path == Self.standardInputPath }

    /// The identifier a plain-text document gets when it carries no PMID: the file name without
    /// its extensions (`.gz` and one more), or `stdin` for standard input.
    public var fallbackDocumentID: String {
        if isStandardInput { return "stdin" }
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name
    }
}
