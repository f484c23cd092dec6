import Foundation

extension GraphStore {
    /// Checks the database at `path` against every ``IntegrityInvariant``: `litgraph check`.
    ///
    /// Reads on a read-only connection and changes nothing: an older schema is reported (as
    /// ``IntegrityInvariant/schemaVersion``), not migrated. FTS5's integrity check is run on a
    /// read-write connection inside a transaction that is rolled back, and is skipped when the file
    /// or its folder is not writable or another process holds the write lock.
    /// - Parameter exampleLimit: how many violating rows each result names.
    /// - Throws: ``StoreError`` when the file is missing, not SQLite, another application's
    ///   database, from a newer LitGraph, or too damaged to read its schema.
    public static func check(path: String, exampleLimit: Int = 5) throws -> IntegrityReport {
        try checkFileHeader(path: path, mode: .readOnly)
        var results = try readOnlyResults(path: path, limit: exampleLimit)
        // After the read-only connection is closed, so that the last connection to close removes the WAL files.
        if let index = results.firstIndex(where: { $0.invariant == .sentenceIndexIntegrity && $0.status == .ok }) {
            results[index] = sentenceIndexIntegrity(path: path)
        }
        return IntegrityReport(path: path, results: results)
    }

    /// Every invariant's result from a read-only connection; ``IntegrityInvariant/sentenceIndexIntegrity``
    /// is left `ok` (to run on a writable connection) unless its tables are missing.
    private static func readOnlyResults(path: String, limit: Int) throws -> [InvariantResult] {
        let connection = try openConnection(path: path, mode: .readOnly, busyTimeout: .seconds(5))
        let version: Int
        do {
            let identity = try Self.identity(of: connection)
            guard identity.applicationID == Int(Migration.applicationID) else {
                throw StoreError.foreignDatabase(path: path)
            }
            guard identity.version <= Migration.currentVersion else {
                throw StoreError.newerSchema(path: path, found: identity.version, supported: Migration.currentVersion)
            }
            version = identity.version
        } catch let error as SQLiteError {
            throw error.kind == .corrupt ? StoreError.damaged(path: path, reason: error.message) : error
        }
        return IntegrityInvariant.allCases.map { invariant in
            do {
                return try result(of: invariant, on: connection, version: version, limit: limit)
            } catch {
                // A table an older schema lacks is not a violation; a failure on a current one is.
                let message = (error as? SQLiteError)?.message ?? "\(error)"
                let skips = version < Migration.currentVersion && (error as? SQLiteError)?.kind == .other
                return InvariantResult(
                    invariant: invariant, status: skips ? .skipped : .violated, count: skips ? 0 : 1,
                    examples: ["cannot check: \(message)"])
            }
        }
    }

    /// Checks one invariant.
    private static func result(
        of invariant: IntegrityInvariant, on connection: DatabaseConnection, version: Int, limit: Int
    ) throws -> InvariantResult {
        if let sql = invariant.violationsSQL {
            let count = try connection.scalarInt("SELECT count(*) FROM (\(sql))")
            let examples = try Statement(sql: "\(sql) LIMIT ?", connection: connection.handle)
                .rows([.int(limit)]) { $0.text(at: 0) }
            return .counting(invariant, count: count, examples: examples)
        }
        switch invariant {
        case .sqliteIntegrity:
            // FTS5 problems, which newer SQLite reports here too, are the sentence index's own invariant.
            let problems = try Statement(sql: "PRAGMA integrity_check", connection: connection.handle)
                .rows { $0.text(at: 0) }
                .filter { $0 != "ok" && !$0.contains("FTS5") }
            return .counting(invariant, count: problems.count, examples: Array(problems.prefix(limit)))
        case .foreignKeys:
            let problems = try Statement(sql: "PRAGMA foreign_key_check", connection: connection.handle).rows {
                "\($0.text(at: 0)) row \($0.int(at: 1)) → \($0.text(at: 2))"
            }
            return .counting(invariant, count: problems.count, examples: Array(problems.prefix(limit)))
        case .schemaVersion:
            let current = Migration.currentVersion
            return .counting(
                invariant, count: version == current ? 0 : 1,
                examples: version == current
                    ? []
                    : ["schema version \(version), current \(current): open it with any litgraph command to upgrade"])
        default:
            // Run later on a writable connection; here only whether its table exists.
            _ = try connection.scalarInt("SELECT count(*) FROM sentence_search_config")
            return .counting(invariant, count: 0, examples: [])
        }
    }

    /// FTS5's `integrity-check` of `sentence_search` against its content (`rank` 1), run in a
    /// transaction that is rolled back: FTS5 runs it only on a connection that may write.
    private static func sentenceIndexIntegrity(path: String) -> InvariantResult {
        let invariant = IntegrityInvariant.sentenceIndexIntegrity
        let folder = (path as NSString).deletingLastPathComponent
        guard FileManager.default.isWritableFile(atPath: path),
            FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        else {
            return InvariantResult(
                invariant: invariant, status: .skipped, count: 0,
                examples: ["FTS5's check needs write access to the file and its folder (it writes nothing)"])
        }
        do {
            let connection = try DatabaseConnection(path: path, readOnly: false, busyTimeoutMilliseconds: 2000)
            try connection.execute("BEGIN")
            defer { try? connection.execute("ROLLBACK") }
            try connection.execute("INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)")
            return .counting(invariant, count: 0, examples: [])
        } catch  where error.kind == .corrupt {
            return .counting(
                invariant, count: 1, examples: ["the index disagrees with the sentences: \(error.message)"])
        } catch  where error.isBusy {
            return InvariantResult(
                invariant: invariant, status: .skipped, count: 0,
                examples: ["another process is writing the database; run check again when it is done"])
        } catch {
            return InvariantResult(
                invariant: invariant, status: .violated, count: 1, examples: ["cannot check: \(error.message)"])
        }
    }
}
