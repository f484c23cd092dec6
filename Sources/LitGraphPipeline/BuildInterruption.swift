import Foundation

/// A request to stop a running build, made from any thread (a signal's watcher, a test, a UI).
///
/// Give one to ``GraphBuilder/interruption``; ``interrupt(signal:)`` makes the build stop between two
/// documents: the transaction open is rolled back (the groups committed before stay), the
/// pipeline's threads end, and the build throws ``BuildInterrupted``. A build already past its last
/// document finishes instead. ``SignalCatcher`` turns SIGINT and SIGTERM into this request.
public final class BuildInterruption: @unchecked Sendable {
    // @unchecked Sendable: `requested` and `wake` are read and written only with `lock` held.

    private let lock = NSLock()
    private var requested: Int32?
    private var wake: (@Sendable () -> Void)?

    /// Creates a request that has not been made yet.
    public init() {}

    /// The signal number of the first request (`SIGINT`, `SIGTERM`), or `nil` while none was made.
    public var signal: Int32? {
        lock.withLock { requested }
    }

    /// Asks the build to stop; `signal` is the reason reported (the status is 128 + `signal`).
    ///
    /// Only the first request counts; later ones are ignored. Safe from any thread, but not from a
    /// signal handler (it takes a lock): ``SignalCatcher`` relays signals to a thread of its own.
    public func interrupt(signal: Int32) {
        let wake = lock.withLock { () -> (@Sendable () -> Void)? in
            guard requested == nil else { return nil }
            requested = signal
            return self.wake
        }
        wake?()
    }

    /// Calls `body` with `wake` registered to run when the request is made (at once if it was
    /// made already), so a stage blocked waiting for input or for room is woken.
    func whileWaking<T>(with wake: @escaping @Sendable () -> Void, _ body: () throws -> T) rethrows -> T {
        let already = lock.withLock { () -> Bool in
            self.wake = wake
            return requested != nil
        }
        defer { lock.withLock { self.wake = nil } }
        if already { wake() }
        return try body()
    }
}
