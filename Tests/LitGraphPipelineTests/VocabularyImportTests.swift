import Foundation
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders
import LitGraphStore
import LitGraphTestSupport
import Testing

/// `VocabularyImport`, the function behind `litgraph lexicon import`.
@Suite struct VocabularyImportTests {
    static let tsv = "id\tname\tsynonyms\tcategory\nMESH:D010121\toxytocin\tOT|Pitocin\tchemical\n"

    @Test func importsAndSummarises() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(Self.tsv, to: "v.tsv")
        let database = directory.path("graph.sqlite")
        let summary = try VocabularyImport().run(path: file, databasePath: database)
        #expect(
            summary == VocabularyImportSummary(file: file, database: database, entries: 1, changed: 1, stored: 1))
        #expect(summary.line == "1 entries imported from \(file) into \(database) (1 added or changed; 1 stored)")
        let stored = try GraphStore(path: database, mode: .readOnly).vocabulary()
        #expect(
            stored == [
                VocabularyEntry(id: "MESH:D010121", name: "oxytocin", category: .chemical, synonyms: ["OT", "Pitocin"])
            ])
    }

    @Test func aMalformedFileLeavesTheDatabaseAsItWas() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        _ = try VocabularyImport().run(path: try directory.write(Self.tsv, to: "v.tsv"), databasePath: database)
        let before = try GraphStore(path: database, mode: .readOnly).vocabulary()
        // The first row is good, the second bad: the good one must not be stored either.
        let bad = try directory.write(
            "id\tname\tsynonyms\tcategory\nHP:0000739\tAnxiety\t\tphenotype\nHP:1\tx\n", to: "bad.tsv")
        #expect(
            throws: VocabularyError.badTSVRow(path: bad, line: 3, detail: "expected 4 tab-separated fields, found 2")
        ) {
            try VocabularyImport().run(path: bad, databasePath: database)
        }
        #expect(try GraphStore(path: database, mode: .readOnly).vocabulary() == before)
    }
}
