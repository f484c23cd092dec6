/// One file of an export: its name inside the output folder and its text.
///
/// Single-file formats give one file; KGX and Neo4j give several (``ExportFormat/isMultiFile``).
public struct ExportedFile: Sendable, Hashable {
    /// The file name, without a folder, such as `graph_nodes.tsv` or `relationships.csv`.
    public var name: String
    /// The file's text (UTF-8 when written).
    public var contents: String

    /// Creates a file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
