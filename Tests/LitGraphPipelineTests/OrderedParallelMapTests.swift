import Foundation
import Synchronization
import Testing

@testable import LitGraphPipeline

/// The build's bounded, ordered queue: results in production order whatever the workers' timing,
/// never more than its capacity in flight, and errors delivered in their place.
@Suite struct OrderedParallelMapTests {
    /// A transform that takes a varying time, so that workers finish out of order.
    static let jittery: @Sendable (Int) -> Int = { value in
        usleep(useconds_t((value * 7_919) % 5) * 200)
        return value * 2
    }

    /// Produces `count` integers, 0 up.
    static func counting(to count: Int) -> @Sendable (_ emit: (Int) throws -> Void) throws -> Void {
        { emit in
            for value in 0..<count { try emit(value) }
        }
    }

    @Test(arguments: [0, 1, 3])
    func resultsComeInProductionOrder(workers: Int) throws {
        let pipeline = OrderedParallelMap<Int>(workers: workers, capacity: 8, transform: Self.jittery)
        pipeline.start(Self.counting(to: 500))
        var results: [Int] = []
        while let value = try pipeline.next() { results.append(value) }
        #expect(results == (0..<500).map { $0 * 2 })
        #expect(try pipeline.next() == nil)
    }

    @Test(arguments: [0, 2])
    func aSlowConsumerHoldsTheProducerBack(workers: Int) throws {
        let pipeline = OrderedParallelMap<Int>(workers: workers, capacity: 5) { $0 }
        pipeline.start(Self.counting(to: 200))
        var count = 0
        while try pipeline.next() != nil {
            count += 1
            if count % 20 == 0 { usleep(20_000) }  // a writer pausing for a commit
        }
        #expect(count == 200)
        #expect(pipeline.peakInFlight <= 5)
        #expect(pipeline.peakInFlight >= 4)  // the window was used
    }

    struct Failure: Error, Equatable {}

    @Test(arguments: [0, 2])
    func aProducerErrorArrivesAfterTheItemsBeforeIt(workers: Int) throws {
        let pipeline = OrderedParallelMap<Int>(workers: workers, capacity: 4, transform: Self.jittery)
        pipeline.start { emit in
            for value in 0..<10 { try emit(value) }
            throw Failure()
        }
        var results: [Int] = []
        #expect(throws: Failure()) {
            while let value = try pipeline.next() { results.append(value) }
        }
        #expect(results == (0..<10).map { $0 * 2 })
    }

    /// The consumer is one of the transforming threads: while the item it waits for is being
    /// transformed by a worker, it transforms a later one itself, and the order holds.
    @Test func theConsumerTransformsWhileItWaits() throws {
        let consumer = pthread_self()
        let onConsumer = Mutex(0)
        let pipeline = OrderedParallelMap<Int>(workers: 1, capacity: 16) { value in
            usleep(500)
            if pthread_equal(pthread_self(), consumer) != 0 { onConsumer.withLock { $0 += 1 } }
            return value * 2
        }
        pipeline.start(Self.counting(to: 400))
        var results: [Int] = []
        while let value = try pipeline.next() { results.append(value) }
        #expect(results == (0..<400).map { $0 * 2 })
        // Two threads of equal speed: each transforms about half; far from none either way.
        let share = onConsumer.withLock { $0 }
        #expect(share > 40 && share < 360, "the consumer transformed \(share) of 400")
    }

    @Test func stoppingEndsAProducerWaitingForRoom() throws {
        let pipeline = OrderedParallelMap<Int>(workers: 2, capacity: 3) { $0 }
        pipeline.start(Self.counting(to: 1_000_000))
        #expect(try pipeline.next() == 0)
        pipeline.stop()  // returns once the producer and the workers have ended
        pipeline.stop()
        #expect(pipeline.peakInFlight <= 3)
    }
}
