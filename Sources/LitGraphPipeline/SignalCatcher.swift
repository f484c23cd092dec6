import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The write end of the installed catcher's pipe, for the signal handler; -1 when none is installed.
///
/// `nonisolated(unsafe)`: written only by ``SignalCatcher`` before its handler is installed and
/// after it is removed, and read only by that handler, which may run on any thread at any time and
/// must not take a lock.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// The signal handler: writes the signal's number to the pipe, which is all a handler may safely do.
private func relaySignal(_ number: Int32) {
    let savedError = errno
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = savedError
}

/// Turns SIGINT and SIGTERM into a ``BuildInterruption`` while a build runs.
///
/// The handler only writes the signal's number to a pipe (what a signal handler may do); a thread
/// of its own reads it and calls ``BuildInterruption/interrupt(signal:)``, which may lock and wake
/// the build. A second signal while the build stops calls `whenRepeated` (by default the process
/// exits at once with 128 + the signal: SQLite's journal keeps the database whole). Handlers are
/// installed with `SA_RESTART` semantics, so reads and writes elsewhere are not cut short.
/// The signals are unblocked on the installing thread (and so on the threads it starts later): a
/// parent may have left them blocked (Foundation's `Process` passes on its thread's mask), and a
/// blocked signal would wait until the build ends. ``uninstall()``, on the same thread, puts the
/// previous handlers and mask back. One catcher may be installed at a time.
public final class SignalCatcher {
    private typealias Handler = @convention(c) (Int32) -> Void

    private let signals: [Int32]
    private var previous: [Handler?] = []
    private var writeEnd: Int32 = -1
    private var previousMask = sigset_t()

    /// Installs handlers for SIGINT and SIGTERM that interrupt `interruption`.
    ///
    /// `whenRepeated` is called (on the watching thread) with a signal that arrives once the build
    /// was interrupted; `nil` ends the process at once with 128 + the signal. If the pipe cannot be created, nothing is installed and the signals keep their default
    /// action (the process ends; what was committed stays).
    public init(interruption: BuildInterruption, whenRepeated: (@Sendable (Int32) -> Void)? = nil) {
        signals = [SIGINT, SIGTERM]
        let whenRepeated = whenRepeated ?? { _exit(128 + $0) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        let readEnd = ends[0]
        writeEnd = ends[1]
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        let watcher = Thread {
            Self.watch(readEnd, interruption: interruption, whenRepeated: whenRepeated)
        }
        watcher.start()
        signalPipeWriteEnd = writeEnd
        previous = signals.map { signal($0, relaySignal) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in signals { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, &previousMask)
    }

    deinit {
        uninstall()
    }

    /// Puts the previous handlers back and ends the watching thread; safe to call more than once.
    public func uninstall() {
        guard writeEnd >= 0 else { return }
        for (number, handler) in zip(signals, previous) {
            _ = signal(number, handler)
        }
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        signalPipeWriteEnd = -1
        close(writeEnd)
        writeEnd = -1
    }

    /// The watching thread: each signal number read interrupts the build, or, once it was
    /// interrupted, goes to `whenRepeated`; ends when the pipe is closed.
    private static func watch(
        _ readEnd: Int32, interruption: BuildInterruption, whenRepeated: @Sendable (Int32) -> Void
    ) {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { break }
            if interruption.signal == nil {
                interruption.interrupt(signal: Int32(byte))
            } else {
                whenRepeated(Int32(byte))
            }
        }
        close(readEnd)
    }
}

@available(*, unavailable)
extension SignalCatcher: Sendable {}
