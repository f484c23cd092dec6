import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Rebuilding into an existing database: unchanged documents are recognised from their input hash
/// and skipped before annotation; a changed document, or a changed extractor, is annotated again.
@Suite struct IncrementalBuildTests {
    let directory: TemporaryDirectory
    let corpus: String
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        corpus = try directory.write(SyntheticCorpus.jsonLines(count: 120), to: "corpus.jsonl")
        database = directory.path("graph.sqlite")
    }

    @Test func rebuildingAnUnchangedCorpusAnnotatesNothing() throws {
        let first = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        #expect(first.documentsRead == 120 && first.duplicates == 2)
        #expect(first.annotated == 120 && first.added == 118 && first.replaced == 2)
        let second = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        #expect(second.statistics == first.statistics)
        // A repeated identifier's earlier version is annotated again (its stored version is the
        // later one), but nothing is written: the later one, stored, supersedes it.
        #expect([second.annotated, second.added, second.replaced, second.unchanged] == [2, 0, 0, 120] as [Int])
    }

    @Test func aChangedDocumentAloneIsAnnotatedAndReplaced() throws {
        _ = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        var lines = try String(contentsOfFile: corpus, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[3] = #"{"id": "90003", "title": "Oxytocin study.", "abstract": "Oxytocin reduces anxiety."}"#
        try directory.write(lines.joined(separator: "\n") + "\n", to: "corpus.jsonl")
        let summary = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        #expect([summary.annotated, summary.replaced, summary.unchanged] == [3, 1, 119] as [Int])
        let edges = try GraphStore(path: database, mode: .readOnly).edges(of: "MESH:D010121", direction: .outgoing)
        #expect(edges.contains { $0.relation.object.name == "anxiety" && $0.relation.polarity == .negative })
    }

    @Test func anotherExtractorAnnotatesEveryDocumentAgain() throws {
        let first = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        let before = try GraphStore(path: database, mode: .readOnly).storedInputHash(documentID: "90001")
        var keeping = BuildTests.builder
        keeping.keepsGenericConcepts = true
        let second = try keeping.build(inputs: [corpus], databasePath: database)
        #expect(second.annotated == 120)
        // Documents with a generic concept's relation change; the others keep their rows.
        #expect(second.replaced > 4 && second.unchanged > 0 && second.replaced + second.unchanged == 120)
        #expect(second.statistics.relations > first.statistics.relations)
        let after = try GraphStore(path: database, mode: .readOnly).storedInputHash(documentID: "90001")
        #expect(before != nil && after != nil && before != after)
        #expect(try keeping.build(inputs: [corpus], databasePath: database).annotated == 2)
        let rulesOnly = GraphBuilder(extractor: BuildTests.builder.extractor.using(RelationModel.empty))
        #expect(try rulesOnly.build(inputs: [corpus], databasePath: database).annotated == 120)
    }

    @Test func aDatabaseWithoutInputHashesIsAnnotatedOnceAndCountedUnchanged() throws {
        _ = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        try DatabaseDump.execute("UPDATE documents SET input_hash = NULL", at: database)
        let summary = try BuildTests.builder.build(inputs: [corpus], databasePath: database)
        #expect(summary.annotated == 120 && summary.unchanged == 116 && summary.replaced == 4)
        #expect(try BuildTests.builder.build(inputs: [corpus], databasePath: database).annotated == 2)
    }
}

/// What the extractor fingerprint covers.
@Suite struct ExtractorFingerprintTests {
    static func lexicon(_ rows: String) throws -> Lexicon {
        try Lexicon(tsv: "id\tname\tcategory\tsynonyms\n" + rows, source: "test")
    }

    @Test func everyInputOfTheAnnotationChangesIt() throws {
        let base = Extractor(lexicon: try Self.lexicon("MESH:1\toxytocin\tchemical\t\n"))
        func fingerprint(
            _ extractor: Extractor, _ vocabulary: [VocabularyEntry] = [], keeping: Bool = false,
            installation: String = "build-1"
        ) -> String {
            ExtractorFingerprint(
                extractor: extractor, vocabulary: vocabulary, keepsGenericConcepts: keeping,
                installation: installation
            ).description
        }
        let reference = fingerprint(base)
        #expect(fingerprint(base) == reference)
        #expect(reference.count == 16)
        let variants = [
            fingerprint(base, installation: "build-2"),
            fingerprint(base, keeping: true),
            fingerprint(base.using(EntitySource.both)),
            fingerprint(base, [VocabularyEntry(id: "CHEBI:1", name: "frobnicin", category: .chemical)]),
            fingerprint(
                Extractor(lexicon: try Self.lexicon("MESH:1\toxytocin\tchemical\t\nMESH:2\ttrust\tphenotype\t\n"))),
            fingerprint(base.using(RelationModel(weights: ["bias": [0, 1, 0, 0, 0]], threshold: 0.5))),
        ]
        #expect(Set(variants).count == variants.count && !variants.contains(reference))
        #expect(ExtractorFingerprint.installation.count == 16)
    }
}

/// The fingerprint's lexicon and model parts are hashed eight bytes at a time; every field still
/// counts, and the model's features in any order.
@Suite struct FingerprintHashingTests {
    static func fingerprint(_ extractor: Extractor) -> String {
        ExtractorFingerprint(extractor: extractor, vocabulary: [], keepsGenericConcepts: false, installation: "b")
            .description
    }

    static func extractor(_ rows: String) throws -> Extractor {
        Extractor(lexicon: try ExtractorFingerprintTests.lexicon(rows))
    }

    @Test func everyFieldOfAnEntityCounts() throws {
        let base = Self.fingerprint(try Self.extractor("MESH:1\toxytocin\tchemical\t\n"))
        let variants = try [
            "MESH:2\toxytocin\tchemical\t\n", "MESH:1\toxytocins\tchemical\t\n", "MESH:1\toxytocin\tdisease\t\n",
            "MESH:1o\txytocin\tchemical\t\n", "MESH:1\toxytocin and a name longer than sixteen bytes\tchemical\t\n",
        ].map { Self.fingerprint(try Self.extractor($0)) }
        #expect(Set(variants).count == variants.count && !variants.contains(base))
        #expect(Self.fingerprint(try Self.extractor("MESH:1\toxytocin\tchemical\t\n")) == base)
    }

    @Test func everyWeightCountsAndTheOrderDoesNot() throws {
        let base = try Self.extractor("MESH:1\toxytocin\tchemical\t\n")
        let weights: [String: [Double]] = ["bias": [0, 1, 0, 0], "cooc=1": [0.5, 0, -0.25, 0], "t=x": [1, 1, 1, 1]]
        let reference = Self.fingerprint(base.using(RelationModel(weights: weights, threshold: 0.5)))
        var reordered: [String: [Double]] = [:]
        for key in weights.keys.sorted().reversed() { reordered[key] = weights[key] }
        #expect(Self.fingerprint(base.using(RelationModel(weights: reordered, threshold: 0.5))) == reference)
        var changed = weights
        changed["cooc=1"] = [0.5, 0, -0.25, 1e-9]
        var renamed = weights
        renamed["cooc=2"] = renamed.removeValue(forKey: "cooc=1")
        let variants = [
            Self.fingerprint(base.using(RelationModel(weights: changed, threshold: 0.5))),
            Self.fingerprint(base.using(RelationModel(weights: renamed, threshold: 0.5))),
            Self.fingerprint(base.using(RelationModel(weights: weights, threshold: 0.4))),
        ]
        #expect(Set(variants).count == variants.count && !variants.contains(reference))
    }
}
