import Foundation

/// A bounded, ordered pipeline: a producer on a thread of its own, a transform on `workers`
/// threads, and the results handed to the calling thread in the order they were produced.
///
/// At most `capacity` items are between the producer and the consumer at any time (waiting for a
/// worker, being transformed, or done and waiting for the items before them): the producer waits
/// when the window is full, so memory does not grow with the input however slow the consumer is,
/// and a slow item holds back at most `capacity` others.
///
/// The consumer transforms too: when the item it waits for is not done, ``next()`` takes the
/// oldest item no worker has taken and transforms it on the consumer's thread, so the consumer is
/// one of the transforming threads rather than one more thread competing with them for the cores.
/// With no workers it transforms every item, in order.
///
/// Why threads and a condition variable rather than Swift concurrency or Dispatch: every stage
/// blocks. The readers push documents through a synchronous callback while they pull bytes from a
/// file or a pipe, so back-pressure on them must be a blocking wait; the transform (annotation) is
/// CPU-bound for milliseconds at a time; the consumer (SQLite) blocks on disk. Tasks blocked like
/// that would starve Swift's cooperative pool, and Dispatch's global queues size their pool to the
/// cores and would need the same blocking waits. Dedicated threads make "N workers, one reader, one
/// writer" exact.
final class OrderedParallelMap<Item: Sendable>: @unchecked Sendable {
    // @unchecked Sendable: every stored `var` is read and written only with `condition` locked;
    // the `let`s are immutable and Sendable.

    /// The number of transform threads besides the consumer (0: the consumer transforms alone).
    let workers: Int
    /// The largest number of items produced and not yet taken by ``next()``.
    let capacity: Int
    private let transform: @Sendable (Item) -> Item
    private let condition = NSCondition()
    /// The stack of each thread: 8 MiB, a main thread's on Linux and macOS (a secondary thread's
    /// default is 512 KiB on macOS), since the readers and the extractor run there.
    private static var stackSize: Int { 8 << 20 }

    /// Items for the workers, oldest first from `waitingStart`; taken slots are emptied at once.
    private var waiting: [(sequence: Int, item: Item)?] = []
    private var waitingStart = 0
    private var done: [Int: Item] = [:]
    private var produced = 0
    private var consumed = 0
    private var producerFinished = false
    private var failure: (any Error)?
    private var cancelled = false
    private var runningWorkers = 0
    private var producerRunning = false
    private var peak = 0

    /// Creates a pipeline; nothing runs until ``start(_:)``.
    init(workers: Int, capacity: Int, transform: @escaping @Sendable (Item) -> Item) {
        self.workers = max(0, workers)
        self.capacity = max(1, capacity)
        self.transform = transform
    }

    deinit {
        stop()
    }

    /// The most items that were ever in flight at once (for tests of the bound).
    var peakInFlight: Int {
        condition.lock()
        defer { condition.unlock() }
        return peak
    }

    /// Starts the producer and the workers.
    ///
    /// `produce` runs on a thread of its own and hands each
    /// item to `emit`, which waits while the window is full and throws `CancellationError` once
    /// ``stop()`` was called; what `produce` throws reaches the consumer from ``next()`` after the
    /// items emitted before it.
    func start(_ produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void) {
        condition.lock()
        runningWorkers = workers
        producerRunning = true
        condition.unlock()
        let producer = Thread { [self] in
            var error: (any Error)?
            do {
                try produce(emit)
            } catch let thrown {
                error = thrown
            }
            condition.lock()
            if !cancelled { failure = error }
            producerFinished = true
            producerRunning = false
            condition.broadcast()
            condition.unlock()
        }
        producer.stackSize = Self.stackSize
        producer.start()
        for _ in 0..<workers {
            let worker = Thread { [self] in work() }
            worker.stackSize = Self.stackSize
            worker.start()
        }
    }

    /// The next item in production order, transformed; `nil` once every item was taken.
    ///
    /// While it is not done, transforms the oldest item no worker has taken (see the type's
    /// discussion). Throws what the producer threw once the items before the failure were taken,
    /// and `CancellationError` once ``cancel()`` or ``stop()`` was called.
    func next() throws -> Item? {
        condition.lock()
        while true {
            if cancelled {
                condition.unlock()
                throw CancellationError()
            }
            if let item = done.removeValue(forKey: consumed) {
                consumed += 1
                condition.broadcast()
                condition.unlock()
                return item
            }
            if let entry = takeWaiting() {
                if entry.sequence == consumed {
                    consumed += 1
                    condition.broadcast()
                    condition.unlock()
                    return transform(entry.item)
                }
                condition.unlock()
                let output = transform(entry.item)
                condition.lock()
                done[entry.sequence] = output
                continue
            }
            if producerFinished, consumed == produced {
                let error = failure
                failure = nil
                condition.unlock()
                if let error { throw error }
                return nil
            }
            condition.wait()
        }
    }

    /// Asks the producer and the workers to stop, without waiting.
    ///
    /// A consumer waiting in ``next()`` (on another thread) gets `CancellationError` at once. Safe
    /// from any thread, more than once.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer and the workers and waits for their threads to end.
    ///
    /// Items not taken are dropped. The workers end after the item they are transforming; the
    /// producer ends at its next ``emit``, and is waited for at most `producerWait`: it may be
    /// blocked reading input that does not come (a terminal or a pipe on standard input), and the
    /// consumer must not wait for it forever. Safe to call more than once, and after the pipeline
    /// ended by itself.
    func stop(producerWait: Duration = .seconds(1)) {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while runningWorkers > 0 { condition.wait() }
        let deadline = Date(timeIntervalSinceNow: producerWait / .seconds(1))
        while producerRunning, condition.wait(until: deadline) {}
        condition.unlock()
    }

    /// Hands one item to the pipeline, waiting while `capacity` items are in flight.
    private func emit(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while produced - consumed >= capacity, !cancelled { condition.wait() }
        if cancelled { throw CancellationError() }
        waiting.append((produced, item))
        produced += 1
        peak = max(peak, produced - consumed)
        condition.broadcast()
    }

    /// A worker thread's loop: take the oldest waiting item, transform it, file it as done.
    private func work() {
        condition.lock()
        while true {
            if cancelled { break }
            guard let entry = takeWaiting() else {
                if producerFinished { break }
                condition.wait()
                continue
            }
            condition.unlock()
            let output = transform(entry.item)
            condition.lock()
            done[entry.sequence] = output
            condition.broadcast()
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Removes and returns the oldest waiting item; call with `condition` locked.
    private func takeWaiting() -> (sequence: Int, item: Item)? {
        guard waitingStart < waiting.count, let entry = waiting[waitingStart] else { return nil }
        waiting[waitingStart] = nil
        waitingStart += 1
        if waitingStart == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            waitingStart = 0
        } else if waitingStart >= capacity {
            waiting.removeFirst(waitingStart)
            waitingStart = 0
        }
        return entry
    }
}
