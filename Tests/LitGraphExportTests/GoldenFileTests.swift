import Foundation
import LitGraphTestSupport
import Testing

@Suite("Golden file helper")
struct GoldenFileTests {
    /// A golden file in a fresh temporary directory, removed by the caller.
    func temporaryGolden() -> GoldenFile {
        let directory = FileManager.default.temporaryDirectory.appending(path: "litgraph-golden-\(UUID().uuidString)")
        return GoldenFile(name: "sample.txt", directory: directory)
    }

    @Test("a missing golden file is recorded, and the outcome says so")
    func recordsWhenMissing() throws {
        let golden = temporaryGolden()
        defer { try? FileManager.default.removeItem(at: golden.directory) }
        #expect(try golden.compare("one\ntwo\n", record: false) == .recorded(path: golden.url.path))
        #expect(try String(contentsOf: golden.url, encoding: .utf8) == "one\ntwo\n")
        #expect(try golden.compare("one\ntwo\n", record: false) == .matched)
    }

    @Test("a mismatch names the first differing line and how to re-record")
    func mismatch() throws {
        let golden = temporaryGolden()
        defer { try? FileManager.default.removeItem(at: golden.directory) }
        _ = try golden.compare("one\ntwo\nthree\n", record: true)
        guard case .mismatched(let message) = try golden.compare("one\nTWO\nthree\n", record: false) else {
            Issue.record("expected a mismatch")
            return
        }
        #expect(message.contains("sample.txt:2: output differs"))
        #expect(message.contains(#"expected: "two""#))
        #expect(message.contains(#"actual:   "TWO""#))
        #expect(message.contains("LITGRAPH_RECORD_GOLDEN=1"))
    }

    @Test("a difference in the final newline alone is a mismatch at the end")
    func trailingNewline() throws {
        let golden = temporaryGolden()
        defer { try? FileManager.default.removeItem(at: golden.directory) }
        _ = try golden.compare("one\n", record: true)
        guard case .mismatched(let message) = try golden.compare("one", record: false) else {
            Issue.record("expected a mismatch")
            return
        }
        #expect(message.contains("sample.txt:2:"))
        #expect(message.contains("<end of file>"))
    }

    @Test("recording on request overwrites an existing golden file")
    func recordsOnRequest() throws {
        let golden = temporaryGolden()
        defer { try? FileManager.default.removeItem(at: golden.directory) }
        _ = try golden.compare("old\n", record: true)
        #expect(try golden.compare("new\n", record: true) == .recorded(path: golden.url.path))
        #expect(try golden.compare("new\n", record: false) == .matched)
    }
}
