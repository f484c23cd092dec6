// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for LitGraph's readers and extractor: one executable per target, built apart
// from the main package so `swift build` and `swift test` there are unaffected. Build and run
// them with Scripts/fuzz.sh (see Fuzz/README.md); the build needs
// `-Xswiftc -sanitize=fuzzer,address`, without which the executables do not link.

/// The fuzz targets: module name (its entry point is `<module>_main`) and executable name.
let fuzzTargets: [(module: String, executable: String)] = [
    ("FuzzPubMedXML", "fuzz-pubmed-xml"),
    ("FuzzMedline", "fuzz-medline"),
    ("FuzzPubTator", "fuzz-pubtator"),
    ("FuzzBioCXML", "fuzz-bioc-xml"),
    ("FuzzBioCJSON", "fuzz-bioc-json"),
    ("FuzzJSONLines", "fuzz-jsonl"),
    ("FuzzPlainText", "fuzz-text"),
    ("FuzzSniffedInput", "fuzz-sniffed"),
    ("FuzzExtraction", "fuzz-extract"),
]

let package = Package(
    name: "LitGraphFuzz",
    platforms: [.macOS(.v13)],
    products: fuzzTargets.map { .executable(name: $0.executable, targets: [$0.module]) },
    dependencies: [.package(name: "LitGraph", path: "..")],
    targets: [
        // The libFuzzer driver call and the checks every reader target shares.
        .target(
            name: "LitGraphFuzzing",
            dependencies: [.product(name: "LitGraphReaders", package: "LitGraph")]
        )
    ]
        + fuzzTargets.map { target in
            .executableTarget(
                name: target.module,
                dependencies: [
                    "LitGraphFuzzing",
                    .product(name: "LitGraphReaders", package: "LitGraph"),
                    .product(name: "LitGraphExtraction", package: "LitGraph"),
                ],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        }
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ])
    target.swiftSettings = settings
}
