import Foundation
import LitGraphModel
import LitGraphReaders
import Testing

/// Inputs the fuzz targets (Fuzz/, Scripts/fuzz.sh) found crashing, kept as they were found in
/// FuzzRegressions/ as minimal hand-written inputs named `<target>.<what it holds>`: each must now be
/// read or refused with a one-line error.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions")

    static let inputs: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    /// The reader format of a fuzz target's name (`sniffed` and unknown names: `.auto`).
    static func format(ofTarget name: String) -> InputFormat {
        let target = String(name[..<(name.firstIndex(of: ".") ?? name.endIndex)])
        return InputFormat(rawValue: target) ?? .auto
    }

    @Test("every saved crash input reads or fails with one line free of control characters", arguments: inputs)
    func savedCrash(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        var messages: [String] = []
        do {
            try DocumentReader(format: Self.format(ofTarget: name)).read(
                bytes: bytes, name: name, diagnostics: { messages.append($0.description) },
                { #expect(!$0.id.isEmpty) })
        } catch let error as ReadError {
            messages.append(error.description)
        }
        for message in messages {
            #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(!message.contains { $0.isNewline })
        }
    }

    @Test("a control character in a tag name is escaped in the error message")
    func formFeedInTagName() {
        let xml = "<PubmedArticleSet><\u{0C}ay></Day></PubmedArticleSet>"
        #expect(throws: ReadError.self) {
            try DocumentReader().read(bytes: Array(xml.utf8), name: "f.xml", diagnostics: { _ in }, { _ in })
        }
        let error = ReadError.malformedXML(path: "f.xml", line: 1, detail: "</Day> does not close <\u{0C}ay>")
        #expect(
            error.description
                == "f.xml:1: malformed XML (</Day> does not close <\\u{C}ay>); fix or re-download the file")
    }
}

extension FuzzRegressionTests {
    @Test("a BioC document without an id is refused, not stored under an empty id")
    func biocDocumentWithoutID() {
        let json = "{\"documents\": [{\"passages\": [{\"offset\": 0, \"text\": \"Aspirin.\"}]}]}"
        let xml =
            "<collection><document><passage><offset>0</offset><text>Aspirin.</text></passage></document></collection>"
        for (text, format) in [(json, InputFormat.biocJSON), (xml, .biocXML)] {
            #expect(throws: ReadError.self) {
                try DocumentReader(format: format).read(bytes: Array(text.utf8), name: "b", diagnostics: { _ in }) {
                    _ in
                }
            }
        }
    }
}
