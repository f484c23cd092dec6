import ArgumentParser
import LitGraphExport
import LitGraphExtraction
import LitGraphPipeline
import LitGraphReaders
import LitGraphStore

/// Runs a command's work and turns any error into one line on standard error and an exit code.
///
/// Exit codes (sysexits): 64 usage, 65 bad input data or an invalid full-text query, 66 missing
/// input, 69 missing tool (Graphviz), 73 cannot create output, 74 database or I/O error (a full disk,
/// a read-only database), 75 database locked by another build past `--wait`; 1 for an
/// entity that cannot be resolved, as for an empty result with `-e/--exit-status` and a diagram
/// with nothing to draw; 130 or 143 (128 + the signal) for a build stopped by SIGINT or SIGTERM. Bad flags exit with 64 from ArgumentParser; a closed standard output ends
/// the process with 0 (`Terminal.output`).
func reportingFailures(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as ExitCode {
        throw error
    } catch {
        Terminal.note("litgraph: \(error)")
        throw ExitCode(exitCode(for: error))
    }
}

private func exitCode(for error: any Error) -> Int32 {
    switch error {
    case let error as ReadError:
        switch error {
        case .missingFile, .emptyFolder: 66
        case .unreadableFile: 74
        default: 65
        }
    case let error as StoreError:
        switch error {
        case .missingDatabase: 66
        case .notSQLite, .foreignDatabase, .newerSchema, .olderSchemaReadOnly, .damaged: 65
        case .locked: 75
        default: 74
        }
    case is VocabularyError, is EvaluationError, is LexiconError, is TrainedFileError, is SearchQueryError: 65
    case is GraphvizError: 69
    case let error as BuildInterrupted: error.exitStatus
    case let error as DiagramError:
        switch error {
        case .unknownFormat: 64
        case .noRelations, .noPath: 1
        }
    case let error as PipelineError:
        switch error {
        case .cannotWrite: 73
        case .samePathEnds: 64
        case .unknownEntity, .ambiguousEntity: 1
        }
    default: 74
    }
}
