import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CommandRunner {
    /// Whether this machine can give a process a pseudo-terminal (containers without `/dev/ptmx`
    /// cannot), for `.enabled(if:)`.
    public static var canUsePseudoTerminal: Bool {
        guard let calls = try? PseudoTerminalCalls() else { return false }
        let primary = calls.open(O_RDWR | O_NOCTTY)
        guard primary >= 0 else { return false }
        close(primary)
        return true
    }

    /// Runs the binary with its standard output on a pseudo-terminal, as when a user types the
    /// command, so that `isatty(1)` is true in it; standard error is a pipe.
    ///
    /// - Parameters:
    ///   - environment: variables to set (a value) or remove (`nil`) in the child's environment,
    ///     which is otherwise the test's own.
    ///   - errorOnTerminal: put standard error on the terminal instead (`isatty(2)` true), and
    ///     standard output on a pipe (read once the child is done: keep its output short).
    /// - Returns: the outcome, with the terminal's `\r\n` line ends turned back into `\n`.
    public func runInTerminal(
        _ arguments: [String], environment: [String: String?] = [:], errorOnTerminal: Bool = false
    ) throws -> Outcome {
        let terminal = try PseudoTerminalCalls()
        let primary = terminal.open(O_RDWR | O_NOCTTY)
        guard primary >= 0, terminal.grant(primary) == 0, terminal.unlock(primary) == 0,
            let name = terminal.name(primary)
        else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no pseudo-terminal available"])
        }
        defer { close(primary) }
        let secondary = open(name, O_RDWR | O_NOCTTY)
        guard secondary >= 0 else {
            throw CocoaError(
                .fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot open \(String(cString: name))"])
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let terminalHandle = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        let pipe = Pipe()
        process.standardOutput = errorOnTerminal ? pipe : terminalHandle
        process.standardError = errorOnTerminal ? terminalHandle : pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            close(secondary)
            throw error
        }
        close(secondary)  // the child holds its own copy; reading ends (EIO) when it exits
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(primary, &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        let piped = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let terminalText = String(decoding: output, as: UTF8.self).replacing("\r\n", with: "\n")
        return Outcome(
            standardOutput: errorOnTerminal ? piped : terminalText,
            standardError: errorOnTerminal ? terminalText : piped,
            status: process.terminationStatus
        )
    }
}

/// The C library's pseudo-terminal calls (`posix_openpt`, `grantpt`, `unlockpt`, `ptsname`), looked
/// up at run time: Swift's Glibc module leaves them out (they need `_XOPEN_SOURCE`).
private struct PseudoTerminalCalls {
    let open: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let name: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    init() throws {
        func lookup<Function>(_ symbol: String, as type: Function.Type) throws -> Function {
            #if canImport(Darwin)
                let everywhere = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
            #else
                let everywhere = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
            #endif
            guard let address = dlsym(everywhere, symbol) else {
                throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "\(symbol) not found"])
            }
            return unsafeBitCast(address, to: type)
        }
        open = try lookup("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        grant = try lookup("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        unlock = try lookup("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        name = try lookup("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
    }
}
