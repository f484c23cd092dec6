import Foundation
import LitGraphTestSupport
import Testing

/// `litgraph lexicon import`, run as a user runs it.
@Suite struct LexiconCommandTests {
    static let meshSample = PackagePaths.shared("formats/pubmed-xml/tipplerow_pubmed/mesh_desc_sample.xml").path
    static let tsv = """
        id\tname\tsynonyms\tcategory
        MESH:D010121\toxytocin\tOT|Pitocin\tchemical
        NCBIGene:5021\tOXTR\toxytocin receptor\tgene

        """
    static let obo = """
        format-version: 1.4

        [Term]
        id: HP:0000739
        name: Anxiety
        synonym: "Anxious" EXACT []

        [Term]
        id: XYZ:1
        name: custom thing
        """

    let directory: TemporaryDirectory
    let litgraph: CommandRunner

    init() throws {
        directory = try TemporaryDirectory()
        litgraph = try CommandRunner.litgraph()
    }

    @Test func importIntoAFreshDatabasePrintsOneSummaryLine() throws {
        let file = try directory.write(Self.tsv, to: "vocabulary.tsv")
        let database = directory.path("graph.sqlite")
        let first = try litgraph.run(["lexicon", "import", file, "--db", database])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardError.isEmpty)
        #expect(
            first.standardOutput == "2 entries imported from \(file) into \(database) (2 added or changed; 2 stored)\n")
        let again = try litgraph.run(["lexicon", "import", file, "--db", database, "--format", "tsv"])
        #expect(again.status == 0)
        #expect(
            again.standardOutput == "2 entries imported from \(file) into \(database) (0 added or changed; 2 stored)\n")
    }

    @Test(.enabled(if: PackagePaths.hasShared))
    func importsTheMeSHSampleBesideAGraph() throws {
        let database = directory.path("graph.sqlite")
        let build = try litgraph.run([
            "build", PackagePaths.package("Examples/oxytocin-resilience/abstract.txt").path, "--db", database,
        ])
        #expect(build.status == 0, "\(build.standardError)")
        let outcome = try litgraph.run(["lexicon", "import", Self.meshSample, "--db", database, "--format", "mesh-xml"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("5 entries imported from \(Self.meshSample) into \(database)"))
        let stats = try litgraph.run(["stats", "--db", database, "--format", "json"])
        #expect(stats.status == 0)  // the migrated database still reads
        #expect(stats.standardOutput.contains("\"documents\""))
    }

    @Test func importsOBOFromStandardInputWithAFallbackCategory() throws {
        let database = directory.path("graph.sqlite")
        let outcome = try litgraph.run(
            ["lexicon", "import", "-", "--db", database, "--category", "intervention"], input: Data(Self.obo.utf8))
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == "2 entries imported from - into \(database) (2 added or changed; 2 stored)\n")
    }

    /// Each failure: the exit code and a fragment of the single line on standard error.
    @Test(arguments: [
        (
            "id\tname\tsynonyms\tcategory\nMESH:D1\toxytocin\tchemical\n", Int32(65),
            ":2: expected 4 tab-separated fields"
        ),
        ("id\tname\tsynonyms\tcategory\nMESH:D1\toxytocin\t\tmineral\n", Int32(65), ":2: unknown category \"mineral\""),
        ("[Term]\nid: HP:1\nname x\n", Int32(65), ":3: malformed OBO"),
        ("<PubmedArticleSet></PubmedArticleSet>", Int32(65), "not a MeSH descriptor file"),
        ("<DescriptorRecordSet><DescriptorRecord>", Int32(65), "truncated XML"),
        ("\n", Int32(65), "file is empty"),
    ])
    func malformedFilesExitWith65AndOneLine(_ example: (String, Int32, String)) throws {
        let file = try directory.write(example.0, to: "vocabulary.txt")
        let database = directory.path("graph.sqlite")
        let outcome = try litgraph.run(["lexicon", "import", file, "--db", database])
        #expect(outcome.status == example.1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("litgraph: \(file)"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains(example.2), "\(outcome.standardError)")
        #expect(outcome.standardError.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: database))  // nothing was created
    }

    @Test func missingFileExitsWith66AndABadFormatWith64() throws {
        let database = directory.path("graph.sqlite")
        let missing = try litgraph.run(["lexicon", "import", "/nonexistent/v.obo", "--db", database])
        #expect(missing.status == 66)
        #expect(missing.standardError == "litgraph: /nonexistent/v.obo: no such file or folder; check the path\n")
        let file = try directory.write(Self.tsv, to: "vocabulary.tsv")
        let usage = try litgraph.run(["lexicon", "import", file, "--db", database, "--format", "csv"])
        #expect(usage.status == 64)
        #expect(usage.standardError.contains("--format"))
    }
}

/// `litgraph lexicon orthologs`: the committed rodent-gene table is what the command learns.
@Suite struct OrthologCommandTests {
    @Test(.enabled(if: PackagePaths.hasShared))
    func committedOrthologTableIsReproducible() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("orthologs.tsv")
        let train = PackagePaths.shared("corpora/biored/Train.PubTator").path
        let outcome = try CommandRunner.litgraph().run(["lexicon", "orthologs", "--gold", train, "-o", output])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.hasSuffix("genes from 400 documents\n"))
        let learned = try Data(contentsOf: URL(filePath: output))
        let committed = try Data(
            contentsOf: PackagePaths.package("Sources/LitGraphExtraction/Resources/orthologs.tsv"))
        #expect(
            learned == committed,
            "regenerate with: litgraph lexicon orthologs --gold ../shared/corpora/biored/Train.PubTator -o Sources/LitGraphExtraction/Resources/orthologs.tsv"
        )
    }

    @Test func aFileWithoutAnnotationsTeachesNothing() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("PMID: 1\nTitle\n\nIL-6 rose in mice.\n", to: "plain.txt")
        let outcome = try CommandRunner.litgraph().run(
            ["lexicon", "orthologs", "--gold", input, "-o", directory.path("out.tsv")])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.contains(input))
    }
}

/// `litgraph train relations`: the committed relation model is what the command learns.
@Suite struct TrainCommandTests {
    @Test(.enabled(if: PackagePaths.hasShared))
    func committedRelationModelIsReproducible() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("relation-model.tsv")
        let outcome = try CommandRunner.litgraph().run([
            "train", "relations", "--gold", PackagePaths.shared("corpora/biored/Train.PubTator").path,
            PackagePaths.shared("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt").path, "--threshold", "0.2", "-o",
            output,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.hasSuffix("pairs in 900 documents\n"))
        let learned = try Data(contentsOf: URL(filePath: output))
        let committed = try Data(
            contentsOf: PackagePaths.package("Sources/LitGraphExtraction/Resources/relation-model.tsv"))
        #expect(
            learned == committed,
            """
            retrain after changing the rules or the lexicon: litgraph train relations --gold \
            ../shared/corpora/biored/Train.PubTator ../shared/corpora/bc5cdr/CDR_TrainingSet.PubTator.txt \
            --threshold 0.2 -o Sources/LitGraphExtraction/Resources/relation-model.tsv
            """)
    }

    @Test func aFileWithoutRelationsCannotTrain() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write(
            "1|t|Title\n1|a|Aspirin in asthma.\n1\t0\t5\tTitle\tChemical\tD1\n", to: "x.pubtator")
        let outcome = try CommandRunner.litgraph().run(
            ["train", "relations", "--gold", input, "-o", directory.path("out.tsv")])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.contains(input))
    }

    @Test func anOutputInAMissingFolderSaysSoInOneLine() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write(
            "1|t|Aspirin\n1|a|Asthma.\n1\t0\t7\tAspirin\tChemical\tD001241\n1\t8\t14\tAsthma\tDisease\tD001249\n"
                + "1\tCID\tD001241\tD001249\n", to: "cid.pubtator")
        let output = directory.path("missing/model.tsv")
        let outcome = try CommandRunner.litgraph().run(["train", "relations", "--gold", input, "-o", output])
        #expect(outcome.status == 73)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.contains("cannot write \(output)"))
    }

    @Test func aMissingModelFileForEvaluationIsAMissingInput() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("1|t|Aspirin\n1|a|Asthma.\n", to: "x.pubtator")
        let outcome = try CommandRunner.litgraph().run(
            ["eval", "relations", "--gold", input, "--relation-model", directory.path("none.tsv")])
        #expect(outcome.status == 66)
        #expect(outcome.standardError.contains("none.tsv: no such file"))
    }

    @Test func aThresholdOutsideZeroToOneIsAUsageError() throws {
        let outcome = try CommandRunner.litgraph().run(
            ["train", "relations", "--gold", "x", "--threshold", "2", "-o", "y"])
        #expect(outcome.status == 64)
    }
}
