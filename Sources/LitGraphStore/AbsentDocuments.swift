/// Document identifiers that ``GraphStore/storedInputHash(documentID:)`` found not stored, in the
/// order it looked them up, so that ``GraphStore/write(_:)-([DocumentVersion])`` need not look them
/// up again when it meets them in the same order (a build looks each document up, then writes the
/// new ones in that order).
///
/// Trusted only inside the ``GraphStore/bulkTransaction(_:)`` that found them (`BEGIN IMMEDIATE`:
/// no other connection writes meanwhile) and emptied when it ends or anything rolls back. A
/// document is inserted only by `write`, which takes its identifier from the front or, when
/// another one is there, empties the list: so no identifier is listed after its document was
/// inserted.
struct AbsentDocuments {
    /// The most identifiers listed; past it, lookups are not recorded.
    static let limit = 100_000

    private var identifiers: [String] = []
    private var next = 0

    /// Records that `documentID` is not stored.
    mutating func record(_ documentID: String) {
        guard identifiers.count < Self.limit else { return }
        identifiers.append(documentID)
    }

    /// Whether `documentID` is the first identifier listed, which it then removes; when another
    /// one is first, the list is emptied.
    mutating func take(_ documentID: String) -> Bool {
        guard next < identifiers.count else { return false }
        guard identifiers[next] == documentID else {
            removeAll()
            return false
        }
        next += 1
        if next == identifiers.count { removeAll() }
        return true
    }

    /// Forgets every identifier.
    mutating func removeAll() {
        identifiers.removeAll(keepingCapacity: true)
        next = 0
    }
}
