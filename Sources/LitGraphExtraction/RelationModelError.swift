/// A relation model file that cannot be loaded.
public struct RelationModelError: Error, CustomStringConvertible, Equatable {
    /// The file (or resource name) that failed to load.
    public var source: String
    /// The 1-based line at fault, when one is.
    public var line: Int?
    /// What is wrong.
    public var problem: String

    /// Creates an error.
    public init(source: String, line: Int? = nil, problem: String) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// One line naming the file, the line and the fix.
    public var description: String {
        let location = line.map { "\(source):\($0)" } ?? source
        return "\(location): \(problem); retrain it with `litgraph train relations --gold TRAIN.PubTator... -o FILE`"
    }
}
