import ArgumentParser
import LitGraphPipeline

/// `-e/--exit-status`: exit with status 1 when a query finds nothing (as `grep` and `jq -e` do).
struct ExitStatusOptions: ParsableArguments {
    @Flag(name: [.short, .customLong("exit-status")], help: "Exit with status 1 when the result is empty.")
    var exitStatus = false

    /// Throws exit code 1 when asked to and `report` has no rows.
    func check(_ report: Report) throws {
        if exitStatus, report.isEmpty { throw ExitCode(1) }
    }
}
