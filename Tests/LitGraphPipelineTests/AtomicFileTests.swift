import Foundation
import LitGraphExport
import LitGraphPipeline
import LitGraphTestSupport
import Testing

/// `AtomicFile.write`: a temporary file beside the destination, renamed over it; nothing left behind.
@Suite struct AtomicFileTests {
    /// The names in `directory`, sorted.
    static func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("writes a new file and replaces an old one, leaving nothing else in the folder")
    func replaces() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appending(path: "out.txt")
        try AtomicFile.write(Data("first\n".utf8), to: url)
        try AtomicFile.write(Data("second, longer\n".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "second, longer\n")
        #expect(try Self.contents(of: directory.url) == ["out.txt"])
        try AtomicFile.write(Data(), to: url)
        #expect(try Data(contentsOf: url).isEmpty)
    }

    @Test("creates no TemporaryDirectory.* in the system's temporary folder (Data.write(.atomic) did)")
    func nothingInTheTemporaryFolder() throws {
        let directory = try TemporaryDirectory()
        let temporary = FileManager.default.temporaryDirectory
        func strays() throws -> Set<String> {
            Set(try Self.contents(of: temporary).filter { $0.hasPrefix("TemporaryDirectory.") })
        }
        let before = try strays()
        for index in 0..<5 {
            try GraphExports.write(Data("\(index)".utf8), to: directory.url.appending(path: "f\(index).txt"))
        }
        #expect(try strays().subtracting(before).isEmpty)
    }

    @Test("a failed rename (a folder in the way) leaves the folder as it was and no temporary file")
    func failedRename() throws {
        let directory = try TemporaryDirectory()
        let blocked = directory.url.appending(path: "blocked")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: blocked.appending(path: "inside.txt"))
        #expect {
            try AtomicFile.write(Data("new".utf8), to: blocked)
        } throws: { error in
            guard case .cannotWrite(let path, _) = error as? PipelineError else { return false }
            return path == blocked.path
        }
        #expect(try Self.contents(of: directory.url) == ["blocked"])
        #expect(try String(contentsOf: blocked.appending(path: "inside.txt"), encoding: .utf8) == "keep")
    }

    @Test("a missing folder is a one-line error naming the file; nothing is created")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appending(path: "missing/out.txt")
        #expect(throws: PipelineError.cannotWrite(path: url.path, reason: "No such file or directory")) {
            try AtomicFile.write(Data("x".utf8), to: url)
        }
        #expect(try Self.contents(of: directory.url).isEmpty)
    }

    @Test("files of a multi-file export go into a folder created on demand")
    func filesIntoFolder() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url.appending(path: "a/b")
        let paths = try GraphExports.write(
            [.init(name: "one.txt", contents: "1\n"), .init(name: "two.txt", contents: "2\n")], into: folder)
        #expect(paths == [folder.appending(path: "one.txt").path, folder.appending(path: "two.txt").path])
        #expect(try Self.contents(of: folder) == ["one.txt", "two.txt"])
        let file = directory.url.appending(path: "file")
        try Data().write(to: file)
        #expect(throws: PipelineError.self) {
            try GraphExports.write([.init(name: "x", contents: "")], into: file)
        }
    }
}
