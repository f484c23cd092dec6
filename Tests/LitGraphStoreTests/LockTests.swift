import Foundation
import LitGraphModel
import Testing

@testable import LitGraphStore

@Suite("Concurrent writers")
struct LockTests {
    @Test("a writer blocked past the busy timeout gets a one-line message naming the path")
    func locked() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.sqlite")
        let holder = try GraphStore(path: path, mode: .readWrite)
        let waiter = try GraphStore(path: path, mode: .readWrite, busyTimeout: .milliseconds(100))
        try holder.transaction {
            try holder.write([Fixtures.first()])
            #expect(throws: StoreError.locked(path: path, timeoutSeconds: 0.1)) {
                try waiter.write([Fixtures.second()])
            }
            #expect(throws: StoreError.locked(path: path, timeoutSeconds: 0.1)) {
                try waiter.transaction {}
            }
        }
        let message = StoreError.locked(path: path, timeoutSeconds: 0.1).description
        #expect(
            message
                == "\(path) is being written by another litgraph build (still locked after waiting 0.1 s); wait for "
                + "it to finish and run again, or pass a longer --wait")
        #expect(!message.contains("\n"))
        // Once the holder commits, the waiter can write.
        #expect(try waiter.write([Fixtures.second()]) == WriteSummary(added: 1))
        #expect(try waiter.statistics().documents == 2)
    }
}
