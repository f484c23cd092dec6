import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders
import LitGraphStore
import LitGraphTestSupport
import Testing

/// Building graphs from real inputs, end to end.
@Suite struct BuildTests {
    static let builder: GraphBuilder = {
        do {
            return GraphBuilder(extractor: try Extractor.builtIn())
        } catch {
            fatalError("the built-in lexicon does not load: \(error)")
        }
    }()
    static let example = PackagePaths.package("Examples/oxytocin-resilience/abstract.txt").path

    static func triples(in databasePath: String) throws -> Set<String> {
        let graph = try GraphStore(path: databasePath, mode: .readOnly).graph(name: "g")
        return Set(
            graph.edges.map { edge in
                "\(edge.relation.subject.name) -> \(edge.relation.predicate.rawValue) -> \(edge.relation.object.name)"
            })
    }

    @Test func exampleGraphHoldsTheMechanism() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let summary = try Self.builder.build(inputs: [Self.example], databasePath: database)
        #expect(summary.documentsRead == 1)
        let triples = try Self.triples(in: database)
        for expected in [
            "breast cancer -> negatively_regulates -> psychological resilience",
            "breast cancer -> regulates -> quality of life",
            "oxytocin -> regulates -> psychological resilience",
            "oxytocin -> interacts_with -> oxytocin receptor",
            "oxytocin -> regulates -> social behavior",
            "oxytocin receptor -> regulates -> estrogen",
            "oxytocin receptor -> regulates -> estrogen receptor",
            "oxytocin receptor -> regulates -> hypothalamic-pituitary-adrenal axis",
            "oxytocin receptor -> regulates -> thyroid function",
            "oxytocin receptor -> regulates -> serotonin",
            "psychotherapy -> positively_regulates -> psychological resilience",
            "behavioral measures -> positively_regulates -> psychological resilience",
            "psychotherapy -> regulates -> oxytocin release",
        ] {
            #expect(triples.contains(expected), "missing \(expected)")
        }
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func webPageCaptureGivesTheSameTriplesAndNoBoilerplate() throws {
        let directory = try TemporaryDirectory()
        let plain = directory.path("plain.sqlite")
        let page = directory.path("page.sqlite")
        _ = try Self.builder.build(inputs: [Self.example], databasePath: plain)
        let capture = PackagePaths.shared("origin/oxytocin-resilience-page.txt").path
        _ = try Self.builder.build(inputs: [capture], databasePath: page)
        #expect(try Self.triples(in: page) == Self.triples(in: plain))
        let store = try GraphStore(path: page, mode: .readOnly)
        #expect(try store.statistics().sentences == GraphStore(path: plain, mode: .readOnly).statistics().sentences)
        for word in ["copyright", "app", "WebMD", "privacy", "links"] {
            #expect(try store.entities(matching: word).isEmpty, "\(word) became an entity")
        }
    }

    @Test func buildingTwiceChangesNoCount() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let first = try Self.builder.build(inputs: [Self.example], databasePath: database)
        let second = try Self.builder.build(inputs: [Self.example], databasePath: database)
        #expect(first.statistics == second.statistics)
        #expect(second.unchanged == 1 && second.added == 0)
    }

    @Test func changedDocumentReplacesItsEvidence() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let input = try directory.write("Oxytocin study\n\nPMID: 42\n\nOxytocin increases trust.", to: "a.txt")
        _ = try Self.builder.build(inputs: [input], databasePath: database)
        try directory.write("Oxytocin study\n\nPMID: 42\n\nOxytocin reduces anxiety.", to: "a.txt")
        let summary = try Self.builder.build(inputs: [input], databasePath: database)
        #expect(summary.replaced == 1)
        #expect(try Self.triples(in: database) == ["oxytocin -> negatively_regulates -> anxiety"])
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func everyPubMedFileBuildsAndBuildingTwiceChangesNothing() throws {
        let folder = PackagePaths.shared("formats/pubmed-xml")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { ($0.hasSuffix(".xml") || $0.hasSuffix(".xml.gz")) && !$0.hasSuffix("mesh_desc_sample.xml") }
            .sorted()
        #expect(files.count >= 15)
        for file in files {
            let directory = try TemporaryDirectory()
            let database = directory.path("graph.sqlite")
            let path = folder.appending(path: file).path
            let first = try Self.builder.build(inputs: [path], databasePath: database)
            #expect(first.documentsRead > 0, "\(file)")
            let second = try Self.builder.build(inputs: [path], databasePath: database)
            #expect(second.statistics == first.statistics, "\(file)")
            // A file that repeats an identifier stores its last record; a rebuild rewrites the repeats.
            #expect(second.added == 0 && second.replaced <= 2 * second.duplicates, "\(file)")
        }
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func medlineXMLAndGzipGiveIdenticalGraphs() throws {
        let directory = try TemporaryDirectory()
        let plain = directory.path("plain.sqlite")
        let gzip = directory.path("gzip.sqlite")
        let base = PackagePaths.shared("formats/pubmed-xml/medline16n0902.xml").path
        let plainSummary = try Self.builder.build(inputs: [base], databasePath: plain)
        _ = try Self.builder.build(inputs: [base + ".gz"], databasePath: gzip)
        #expect(plainSummary.documentsRead == 604)
        let left = try GraphStore(path: plain, mode: .readOnly).graph(name: "g")
        let right = try GraphStore(path: gzip, mode: .readOnly).graph(name: "g")
        #expect(left == right)
        #expect(left.edges.count > 100)
    }
}

/// Builds that use what the database or the input brings: imported vocabularies and annotations.
@Suite struct BuildSourcesTests {
    @Test func importedVocabularyIsUsedByLaterBuilds() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let vocabulary = try directory.write(
            "id\tname\tsynonyms\tcategory\nCHEBI:99\tfrobnicin\tFBN-1\tchemical\n", to: "vocabulary.tsv")
        _ = try VocabularyImport().run(path: vocabulary, format: .auto, databasePath: database)
        let input = try directory.write("Frobnicin and trust\n\nPMID: 5\n\nFBN-1 increases trust.", to: "a.txt")
        _ = try BuildTests.builder.build(inputs: [input], databasePath: database)
        let edges = try GraphStore(path: database, mode: .readOnly).edges(of: "CHEBI:99", direction: .outgoing)
        #expect(edges.map(\.relation.object.id) == ["MESH:D035502"])
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func annotatedInputsBringTheirOwnEntities() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let gold = PackagePaths.shared("corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt").path
        let summary = try BuildTests.builder.build(inputs: [gold], databasePath: database)
        #expect(summary.documentsRead == 500)
        let store = try GraphStore(path: database, mode: .readOnly)
        let graph = try store.graph(name: "cdr")
        let grounded = graph.nodes.filter(\.isGrounded)
        #expect(grounded.allSatisfy { $0.id.hasPrefix("MESH:") })
        #expect(graph.edges.count > 100)
    }
}
