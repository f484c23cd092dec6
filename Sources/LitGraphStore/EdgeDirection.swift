/// Which edges touching an entity to return: those leaving it, those entering it, or both.
///
/// The raw values (`out`, `in`, `both`) are what the command line accepts.
public enum EdgeDirection: String, CaseIterable, Sendable {
    /// Edges whose subject is the entity.
    case outgoing = "out"
    /// Edges whose object is the entity.
    case incoming = "in"
    /// Edges whose subject or object is the entity.
    case both
}
