/// What ``GraphStore/write(_:)`` did with each document it was given.
public struct WriteSummary: Sendable, Equatable {
    /// Documents not stored before.
    public var added: Int
    /// Stored documents whose content changed, so their rows were replaced.
    public var replaced: Int
    /// Stored documents whose content hash was unchanged, so nothing was written.
    public var unchanged: Int

    /// Creates a summary.
    public init(added: Int = 0, replaced: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.replaced = replaced
        self.unchanged = unchanged
    }
}
