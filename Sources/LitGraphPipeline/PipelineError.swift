/// A problem with what the user asked for (not with an input file or the database); one line each.
public enum PipelineError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No entity matches the text given.
    case unknownEntity(String, database: String)
    /// Several entities match; the user must pick one by identifier.
    case ambiguousEntity(String, candidates: [String])
    /// An output file or folder cannot be written.
    case cannotWrite(path: String, reason: String)
    /// A path was asked for from an entity to itself.
    case samePathEnds(String)

    /// One line naming the input and the fix.
    public var description: String {
        switch self {
        case .unknownEntity(let text, let database):
            "no entity named or identified as \"\(text)\" in \(database); try `litgraph stats --db \(database)` "
                + "or a MeSH/NCBI Gene identifier"
        case .ambiguousEntity(let text, let candidates):
            "\"\(text)\" names \(candidates.count) entities: \(candidates.joined(separator: ", ")); "
                + "pass one of these identifiers instead"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason); check that the folder exists and is writable"
        case .samePathEnds(let id):
            "FROM and TO both denote \(id); a path needs two different entities"
        }
    }
}
