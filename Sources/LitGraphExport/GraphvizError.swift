/// Why ``GraphvizRenderer`` could not turn DOT into an image.
public enum GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No executable `dot` was found on the search path.
    case notInstalled(searchPath: String)
    /// The output format is not a plain Graphviz format name such as `svg` or `png:cairo`.
    case invalidFormat(String)
    /// `dot` could not be started or its files could not be read or written.
    case couldNotRun(reason: String)
    /// `dot` exited with a non-zero status.
    case failed(status: Int32, stderr: String)
    /// `dot` succeeded but printed warnings, which usually mean a wrong diagram.
    case warnings(stderr: String)

    /// One line naming the problem and the fix.
    public var description: String {
        switch self {
        case .notInstalled(let searchPath):
            "Graphviz `dot` was not found on PATH (\(searchPath)); install Graphviz"
                + " (`apt-get install graphviz` or `brew install graphviz`) or write DOT instead (`-o FILE.dot`) and render it where Graphviz is installed"
        case .invalidFormat(let format):
            "unknown Graphviz output format '\(format)'; pass a format name such as svg, png or pdf"
        case .couldNotRun(let reason):
            "could not run Graphviz `dot`: \(reason); check that it is installed and the temporary directory is writable"
        case .failed(let status, let stderr):
            "Graphviz `dot` failed (exit \(status)): \(Self.oneLine(stderr)); the DOT input is invalid — report it as a LitGraph bug"
        case .warnings(let stderr):
            "Graphviz `dot` warned: \(Self.oneLine(stderr)); the diagram may be wrong — report it as a LitGraph bug"
        }
    }

    /// `text` on one line: lines trimmed and joined with ` | `, empty lines dropped.
    static func oneLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingPrefix(while: \.isWhitespace) }
        return lines.filter { !$0.isEmpty }.joined(separator: " | ")
    }
}
