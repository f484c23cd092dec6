// swift-tools-version: 6.1
import PackageDescription

// LitGraph turns biomedical abstracts into a queryable knowledge graph.
// The targets follow the pipeline: read → annotate/extract → store → query/export.

let package = Package(
    name: "LitGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "litgraph", targets: ["litgraph"]),
        .library(name: "LitGraphPipeline", targets: ["LitGraphPipeline"]),
        // For the fuzz targets in Fuzz/ (a separate package), which drive the stages directly.
        .library(name: "LitGraphReaders", targets: ["LitGraphReaders"]),
        .library(name: "LitGraphExtraction", targets: ["LitGraphExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // MARK: C libraries, each wrapped by exactly one module

        // SQLite, used only by LitGraphStore.
        .systemLibrary(
            name: "LitGraphSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // zlib, used only by LitGraphReaders to stream `.gz` inputs.
        .systemLibrary(
            name: "LitGraphZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // MARK: Pipeline stages

        // Pure value types shared by every stage.
        .target(name: "LitGraphModel", exclude: ["README.md"]),
        // Bytes → documents: plain text, PubMed/MEDLINE XML (plain or gzip).
        .target(
            name: "LitGraphReaders",
            dependencies: ["LitGraphModel", "LitGraphZlib"],
            exclude: ["README.md"]
        ),
        // Documents → sentences, entity mentions and directed, signed triples with evidence.
        .target(
            name: "LitGraphExtraction",
            dependencies: ["LitGraphModel"],
            exclude: ["README.md"],
            resources: [
                .copy("Resources/lexicon.tsv"), .copy("Resources/orthologs.tsv"), .copy("Resources/relation-model.tsv"),
            ]
        ),
        // The SQLite graph: schema, migrations, writes and reads.
        .target(
            name: "LitGraphStore",
            dependencies: ["LitGraphModel", "LitGraphSQLite"],
            exclude: ["README.md"]
        ),
        // Graph → DOT, JSON, Cytoscape, GraphML, KGX, Neo4j CSV, SIF; byte-for-byte deterministic.
        // Biolink/ holds the pinned Biolink vocabulary the tests and CI check the KGX export against.
        .target(name: "LitGraphExport", dependencies: ["LitGraphModel"], exclude: ["README.md", "Biolink"]),
        // Recognition measured against gold annotations: precision, recall and F1, no I/O.
        .target(name: "LitGraphEvaluation", dependencies: ["LitGraphModel"], exclude: ["README.md"]),
        // Wires the stages together: the functions the command line calls.
        .target(
            name: "LitGraphPipeline",
            dependencies: [
                "LitGraphModel", "LitGraphReaders", "LitGraphExtraction", "LitGraphStore", "LitGraphExport",
                "LitGraphEvaluation",
            ],
            exclude: ["README.md"]
        ),

        // MARK: Command line

        .executableTarget(
            name: "litgraph",
            dependencies: [
                "LitGraphPipeline",
                "LitGraphModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests

        .target(
            name: "LitGraphTestSupport",
            dependencies: ["LitGraphModel"],
            path: "Tests/LitGraphTestSupport"
        ),
        .testTarget(
            name: "LitGraphReadersTests",
            dependencies: ["LitGraphReaders", "LitGraphTestSupport"],
            exclude: ["FuzzRegressions"]  // inputs the fuzz targets found crashing, read by path
        ),
        .testTarget(name: "LitGraphExtractionTests", dependencies: ["LitGraphExtraction", "LitGraphTestSupport"]),
        .testTarget(name: "LitGraphStoreTests", dependencies: ["LitGraphStore", "LitGraphTestSupport"]),
        .testTarget(
            name: "LitGraphExportTests",
            dependencies: ["LitGraphExport", "LitGraphTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "LitGraphEvaluationTests",
            dependencies: ["LitGraphEvaluation", "LitGraphTestSupport"]
        ),
        .testTarget(
            name: "LitGraphPipelineTests",
            dependencies: [
                "LitGraphPipeline", "LitGraphModel", "LitGraphExtraction", "LitGraphReaders", "LitGraphStore",
                "LitGraphExport", "LitGraphEvaluation", "LitGraphTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "LitGraphCLITests",
            dependencies: ["litgraph", "LitGraphReaders", "LitGraphStore", "LitGraphTestSupport"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ])
    target.swiftSettings = settings
}
