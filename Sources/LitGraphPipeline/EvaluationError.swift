/// A gold file that cannot be used to measure recognition or relations; one line naming the file and the fix.
public enum EvaluationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file was read but carries no entity annotations to compare with.
    case noAnnotations(path: String, documents: Int)
    /// The file was read but carries no document-level relations to compare with.
    case noRelations(path: String, documents: Int)

    /// One line naming the input and the fix.
    public var description: String {
        switch self {
        case .noAnnotations(let path, let documents):
            "\(path): none of its \(documents) documents carries entity annotations; pass a PubTator or BioC "
                + "file with mention lines or annotations as --gold"
        case .noRelations(let path, let documents):
            "\(path): none of its \(documents) documents carries relations; pass a PubTator or BioC file with "
                + "relation lines (BioRED, BC5CDR) as --gold"
        }
    }
}
