/// A database migrated in place from an older schema when it was opened, and where its previous
/// bytes were kept.
public struct SchemaUpgrade: Sendable, Equatable, CustomStringConvertible {
    /// The database file.
    public var path: String
    /// The schema version the file had.
    public var fromVersion: Int
    /// The schema version it has now (this build's).
    public var toVersion: Int
    /// The backup of the file as it was, written (and synced) before the first migration step.
    public var backupPath: String

    /// Creates an upgrade record.
    public init(path: String, fromVersion: Int, toVersion: Int, backupPath: String) {
        self.path = path
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.backupPath = backupPath
    }

    /// One line for standard error: what was upgraded and where the old file is kept.
    public var description: String {
        "upgraded \(path) from schema version \(fromVersion) to \(toVersion); the previous file is kept as "
            + "\(backupPath) (an older litgraph can still open it; delete it when no longer needed)"
    }
}
