import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where output goes, and how failures are reported.
enum Terminal {
    /// Whether standard output is a terminal (so tables, not TSV, are the default).
    static var isStandardOutputATerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Writes one line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes text to standard output without adding a newline.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
