import Foundation
import LitGraphTestSupport
import Testing

/// A private copy of the README example's database, built by `litgraph build` once per test run
/// (a debug build takes seconds on a busy machine), for tests that change or break the file.
struct BuiltExampleCopy {
    /// The folder holding the copy, removed with the value.
    let directory: TemporaryDirectory
    /// The copy: `graph.sqlite` in ``directory``.
    let database: String
    /// The built binary.
    let litgraph: CommandRunner

    /// The database built once, in a folder kept for the whole run.
    private static let template: Result<(TemporaryDirectory, String), any Error> = Result {
        let directory = try TemporaryDirectory()
        let database = directory.path("graph.sqlite")
        let outcome = try CommandRunner.litgraph().run(["build", CommandLineTests.example, "--db", database])
        guard outcome.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: outcome.standardError])
        }
        return (directory, database)
    }

    /// Copies the built database into a new folder.
    init() throws {
        let (_, template) = try Self.template.get()
        directory = try TemporaryDirectory()
        database = directory.path("graph.sqlite")
        try FileManager.default.copyItem(atPath: template, toPath: database)
        litgraph = try CommandRunner.litgraph()
    }
}
