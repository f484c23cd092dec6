/// A learned resource file (the ortholog table, the relation model) that cannot be loaded.
public struct TrainedFileError: Error, CustomStringConvertible, Equatable {
    /// Which learned file, and so how to make it again.
    public enum File: Sendable, Equatable {
        /// The rodent-gene table (``OrthologTable``).
        case orthologTable
        /// The relation model (``RelationModel``).
        case relationModel

        /// The command that makes the file again.
        var remedy: String {
            switch self {
            case .orthologTable: "regenerate it with `litgraph lexicon orthologs --gold TRAIN.PubTator -o FILE`"
            case .relationModel: "retrain it with `litgraph train relations --gold TRAIN.PubTator... -o FILE`"
            }
        }
    }

    /// Which learned file.
    public var file: File
    /// The file (or resource name) that failed to load.
    public var source: String
    /// The 1-based line at fault, when one is.
    public var line: Int?
    /// What is wrong.
    public var problem: String

    /// Creates an error.
    public init(_ file: File, source: String, line: Int? = nil, problem: String) {
        self.file = file
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// One line naming the file, the line and the fix.
    public var description: String {
        let location = line.map { "\(source):\($0)" } ?? source
        return "\(location): \(problem); \(file.remedy)"
    }
}
