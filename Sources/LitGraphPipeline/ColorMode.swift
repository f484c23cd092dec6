/// When reports use colour: `--color auto|always|never`.
///
/// `auto` follows the conventions of no-color.org and clig.dev: colour only when standard output
/// is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`. The flag overrides the
/// environment.
public enum ColorMode: String, CaseIterable, Sendable {
    /// Colour when standard output is a terminal and the environment does not forbid it.
    case auto
    /// Always colour (even when piped, and whatever `NO_COLOR` says).
    case always
    /// Never colour.
    case never

    /// Whether to use colour, given whether standard output is a terminal and the environment.
    public func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto:
            isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
