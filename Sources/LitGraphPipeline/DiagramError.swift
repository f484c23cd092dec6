/// Why `litgraph diagram` drew nothing; one line each, naming the fix.
public enum DiagramError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The output file's extension names no diagram format.
    case unknownFormat(path: String)
    /// The entity has no relation the filters keep, so its diagram would be the entity alone.
    case noRelations(entity: String)
    /// No path within the limits joins the two entities.
    case noPath(from: String, to: String, maximumHops: Int, undirected: Bool)

    /// One line naming the input and the fix.
    public var description: String {
        switch self {
        case .unknownFormat(let path):
            "cannot tell the diagram format of \(path); name the output with one of \(DiagramFormat.acceptedExtensions)"
        case .noRelations(let entity):
            "\(entity) has no relations the filters keep; nothing to draw — relax the filters or check "
                + "`litgraph query`"
        case .noPath(let from, let to, let maximumHops, let undirected):
            "no path of at most \(maximumHops == 1 ? "1 step" : "\(maximumHops) steps") from \(from) to \(to); "
                + "nothing to draw — "
                + (undirected ? "" : "try --undirected, ") + "raise --max-hops (up to 8) or relax the filters"
        }
    }
}
