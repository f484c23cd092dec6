/// Entities and entity names a store has written in its open transaction, whose inserts can be
/// skipped (they would do nothing: the first name and category win).
///
/// ``GraphStore`` empties it when a write starts outside a transaction, when a write or a
/// ``GraphStore/transaction(_:)`` body throws (a rollback may have taken the rows away), and when
/// a replaced document's orphans are removed; so it never names a row the database lacks.
struct WrittenRows {
    /// An entity identifier with one normalized name.
    struct EntityName: Hashable {
        let entityID: String
        let normalized: String
    }

    /// Identifiers of entities written.
    var entities = Set<String>()
    /// Identifiers of entities named in the current ``GraphStore/write(_:)-([DocumentVersion])``
    /// call (each call records an entity's own name once more).
    var entitiesInCall = Set<String>()
    /// Names written.
    var names = Set<EntityName>()
}
