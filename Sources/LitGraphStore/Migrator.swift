import Foundation

/// Brings a LitGraph database's schema up to date by applying the migrations it lacks, in order.
///
/// The schema version lives in `PRAGMA user_version`; each applied step is also recorded, with its
/// name and time, in `litgraph_migrations`. All pending steps run in one transaction.
struct Migrator {
    /// The steps, in version order.
    let migrations: [Migration]

    /// The version the database has after ``migrate(_:)``.
    var targetVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration newer than the database's `user_version`; returns the names applied.
    ///
    /// - Parameter beforeApplying: called with the database's version inside the migration's
    ///   transaction, before the first step, when there is a step to apply (to back the file up).
    @discardableResult
    func migrate(_ connection: DatabaseConnection, beforeApplying: (Int) throws -> Void = { _ in }) throws -> [String] {
        try connection.inTransaction {
            // Read inside the transaction so that two processes cannot both apply the same step.
            let current = try connection.scalarInt("PRAGMA user_version")
            let pending = migrations.filter { $0.version > current }
            guard !pending.isEmpty else { return [] }
            try beforeApplying(current)
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS litgraph_migrations (
                    version INTEGER NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """
            )
            // The application id and version are integers from this file, not user input:
            // PRAGMA takes no bound parameters.
            try connection.execute("PRAGMA application_id = \(Migration.applicationID)")
            let record = try connection.cachedStatement(
                "INSERT INTO litgraph_migrations (version, name, applied_at) VALUES (?, ?, ?)"
            )
            let now = ISO8601DateFormatter().string(from: Date())
            for migration in pending {
                try connection.execute(migration.sql)
                try record.execute([.int(migration.version), .text(migration.name), .text(now)])
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
            return pending.map(\.name)
        }
    }
}
