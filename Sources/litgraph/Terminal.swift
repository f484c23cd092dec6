import Foundation
import LitGraphPipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where output goes, and how failures are reported.
enum Terminal {
    /// Whether standard output is a terminal (so tables, not TSV, are the default).
    static var isStandardOutputATerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Whether standard error is a terminal (so hints for a person may be written there).
    static var isStandardErrorATerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes one line to standard error.
    ///
    /// The line is shown as ``TerminalText/visible(_:)`` shows it: a name, path or document id
    /// in a message cannot break the line, move the cursor or recolour the terminal.
    static func note(_ line: String) {
        write(TerminalText.visible(line) + "\n", to: STDERR_FILENO)
    }

    /// Shows `line` as the progress line on standard error.
    ///
    /// Back to the start of the line, the text (as ``TerminalText/visible(_:)`` shows it), the
    /// rest of the line erased. Only for a terminal (see ``isStandardErrorATerminal``).
    static func progress(_ line: String) {
        write("\r" + TerminalText.visible(line) + "\u{1B}[K", to: STDERR_FILENO)
    }

    /// Erases the progress line, so what follows starts on a clean line.
    static func endProgress() {
        write("\r\u{1B}[K", to: STDERR_FILENO)
    }

    /// Writes text to standard output without adding a newline.
    ///
    /// When the reader has gone (`litgraph query … | head -1`), the process ends at once, quietly,
    /// with status 0: the rest of the output is not wanted.
    static func output(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes all of `text` to `descriptor`, retrying short writes and interruptions.
    ///
    /// SIGPIPE is ignored so that a closed pipe shows up as `EPIPE`. On standard output that ends
    /// the process with status 0, and any other write error with status 74 (I/O error) and one
    /// line on standard error; a failed write to standard error is dropped.
    private static func write(_ text: String, to descriptor: Int32) {
        signal(SIGPIPE, SIG_IGN)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written >= 0 {
                offset += written
                continue
            }
            let failure = errno
            if failure == EINTR { continue }
            if failure == EAGAIN {
                usleep(1_000)  // a non-blocking descriptor that is full: wait for the reader
                continue
            }
            guard descriptor == STDOUT_FILENO else { return }
            if failure == EPIPE { exit(0) }
            note("litgraph: cannot write to standard output: \(String(cString: strerror(failure)))")
            exit(74)
        }
    }

    /// The C library's `write(2)`.
    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, buffer, count)
        #else
            Darwin.write(descriptor, buffer, count)
        #endif
    }
}
