import Foundation

/// The bytes of a file or of standard input, read in 64 KiB chunks.
final class FileByteSource: ByteSource {
    /// The size of each read.
    static let chunkSize = 64 * 1024

    private let handle: FileHandle
    private let displayName: String
    private let closesHandle: Bool

    /// Opens `input` for reading; throws ``ReadError/unreadableFile(path:reason:)`` when it cannot.
    init(_ input: InputFile) throws {
        displayName = input.displayName
        if input.isStandardInput {
            handle = FileHandle.standardInput
            closesHandle = false
            return
        }
        guard FileManager.default.fileExists(atPath: input.path) else {
            throw ReadError.missingFile(path: input.path)
        }
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: input.path))
        } catch {
            throw ReadError.unreadableFile(path: input.path, reason: Self.reason(error))
        }
        closesHandle = true
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    func nextChunk() throws -> [UInt8] {
        do {
            guard let data = try handle.read(upToCount: Self.chunkSize) else { return [] }
            return [UInt8](data)
        } catch {
            throw ReadError.unreadableFile(path: displayName, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
