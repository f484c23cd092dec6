import LitGraphModel

/// The keys and ids the write path gives or finds: sentence keys, relation ids.
extension GraphStore {
    /// The first of `count` consecutive sentence keys for new sentences, the keys SQLite would give
    /// them one insert at a time (the largest stored plus one, and so on), now taken; `nil` when
    /// they would pass the largest 64-bit integer, where SQLite chooses keys at random.
    ///
    /// Given rather than chosen by SQLite, so that the keys go eight rows to a statement
    /// (``RowInsert/sentenceKeys``) and each index entry knows its key without a statement per
    /// sentence. The largest key is read once per ``write(_:)-([DocumentVersion])`` call and
    /// after each replaced document (which may take it away): nothing else writes keys meanwhile.
    func reserveSentenceKeys(_ count: Int) throws -> Int? {
        let next: Int
        if let known = nextSentenceKey {
            next = known
        } else {
            let largest = try statement(.largestSentenceKey).scalarInt() ?? 0
            let (successor, overflow) = largest.addingReportingOverflow(1)
            guard !overflow else { return nil }
            next = successor
        }
        guard Int.max - next >= count - 1 else {
            nextSentenceKey = nil
            return nil
        }
        nextSentenceKey = Int.max - next >= count ? next + count : nil
        return next
    }

    /// Adds `count` evidence rows from one document to a relation's counts, inserting the relation
    /// when it is new; returns its id.
    ///
    /// When the relations written just before were mostly new (a build of new abstracts), an
    /// insert that does nothing when the relation is stored comes first: one statement for a new
    /// relation. Otherwise (a corpus stored again under other identifiers), or when that insert
    /// did nothing, the relation is looked up by its key, then updated by id or inserted. Not an
    /// upsert, nor an update returning the id: both run in a statement savepoint, at which FTS5
    /// flushes the sentences indexed so far (a segment per document, twice the cost of the whole
    /// write), and a `RETURNING` costs more than the lookup. The ids are those SQLite gives either way.
    func addEvidence(_ count: Int, to relation: Relation) throws -> Int {
        let (subject, predicate, object, polarity) = (
            relation.subject.id, relation.predicate.rawValue, relation.object.id, relation.polarity.rawValue
        )
        if relationsLately >= 0 {
            try statement(.relationInsertUnlessStored).execute(binding: subject, predicate, object, polarity, count)
            if connection.changes == 1 {
                relationsLately = min(relationsLately + 1, Self.relationMemory)
                return connection.lastInsertedRowID
            }
        }
        if let stored = try statement(.relationLookup).scalarInt(binding: subject, predicate, object, polarity) {
            relationsLately = max(relationsLately - 1, -Self.relationMemory)
            try statement(.relationUpdate).execute(binding: count, stored)
            return stored
        }
        // New (or an insert ignored for another reason, which this one reports).
        relationsLately = min(relationsLately + 1, Self.relationMemory)
        try statement(.relationInsert).execute(binding: subject, predicate, object, polarity, count)
        return connection.lastInsertedRowID
    }

    /// How far ``relationsLately`` leans either way: how many relations of the other kind it takes
    /// to change the order of ``addEvidence(_:to:)``'s statements.
    static let relationMemory = 4
}
