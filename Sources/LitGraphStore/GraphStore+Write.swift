public import LitGraphModel

extension GraphStore {
    /// Writes annotated documents, idempotently, all or nothing.
    ///
    /// The same as ``write(_:)-([DocumentVersion])`` with no input hashes: a document is recognised
    /// as unchanged by its ``LitGraphModel/AnnotatedDocument/contentHash`` alone.
    @discardableResult
    public func write(_ documents: [AnnotatedDocument]) throws -> WriteSummary {
        try write(documents.map { DocumentVersion($0, inputHash: nil) })
    }

    /// Writes versions of documents, idempotently, all or nothing, in the order given.
    ///
    /// Runs in its own transaction, or in a `SAVEPOINT` when called inside ``transaction(_:)`` (wrap
    /// many small calls in one transaction: each commit costs a WAL write), or directly inside
    /// ``bulkTransaction(_:)``, where its failure rolls back that whole transaction.
    ///
    /// A document is unchanged, and nothing of it is written, when its input hash is the one stored
    /// or its ``LitGraphModel/AnnotatedDocument/contentHash`` is (then only the new input hash is
    /// recorded). A changed one replaces its sentences, mentions and evidence: relation counts are
    /// adjusted, relations left with no evidence are removed, and entities left with no mention and
    /// no relation are removed. Entities keep the name and category they were first stored with;
    /// every mention's surface form is recorded as a synonym for ``entities(matching:)``.
    /// - Throws: ``StoreError/readOnly(path:)`` on a read-only store;
    ///   ``StoreError/invalidDocument(path:documentID:problem:)`` before writing anything
    ///   when evidence cites a sentence the document lacks; ``StoreError/locked(path:timeoutSeconds:)``.
    @discardableResult
    public func write(_ versions: [DocumentVersion]) throws -> WriteSummary {
        guard mode == .readWrite else { throw StoreError.readOnly(path: path) }
        for version in versions { try validate(version.annotated) }
        // Rows remembered as written are trusted only inside the transaction that wrote them (the
        // outermost one starts them anew, see inWriteTransaction). A long transaction of a large
        // vocabulary starts them anew rather than let them grow further.
        if writtenRows.names.count > 200_000 { writtenRows = WrittenRows() }
        nextSentenceKey = nil
        do {
            return try mappingLockErrors {
                try inWriteUnit {
                    var summary = WriteSummary()
                    writtenRows.entitiesInCall.removeAll(keepingCapacity: true)
                    for version in versions {
                        try write(version, into: &summary, written: &writtenRows)
                    }
                    return summary
                }
            }
        } catch {
            writtenRows = WrittenRows()
            absentDocuments.removeAll()
            throw error
        }
    }

    /// The input hash stored with a document, or `nil` when the document is not stored or was
    /// stored without one (see ``DocumentVersion/inputHash``).
    ///
    /// Inside ``bulkTransaction(_:)``, a document found not stored is remembered
    /// (``AbsentDocuments``), so that writing it next takes no second lookup.
    public func storedInputHash(documentID: String) throws -> String? {
        let row = try mappingLockErrors {
            try statement(.storedInputHash).first(binding: documentID) { $0.optionalText(at: 0) }
        }
        guard let row else {
            if bulkTransactionOpen, bulkFailure == nil, !connection.isAutocommit {
                absentDocuments.record(documentID)
            }
            return nil
        }
        return row
    }

    /// Writes one version: skipped when unchanged, inserted when new, replacing the stored one otherwise.
    private func write(_ version: DocumentVersion, into summary: inout WriteSummary, written: inout WrittenRows)
        throws
    {
        let annotated = version.annotated
        let id = annotated.document.id
        // A document this transaction just found not stored is not looked up again.
        var stored: (content: String, input: String?)?
        if !absentDocuments.take(id) {
            stored = try statement(.storedHashes).first(binding: id) {
                (content: $0.text(at: 0), input: $0.optionalText(at: 1))
            }
        }
        if let inputHash = version.inputHash, stored?.input == inputHash {
            summary.unchanged += 1
            return
        }
        let hash = version.contentHash
        switch stored?.content {
        case hash:
            if let inputHash = version.inputHash {
                try statement(.inputHashUpdate).execute(binding: inputHash, id)
            }
            summary.unchanged += 1
        case nil:
            try insert(version, written: &written)
            summary.added += 1
        default:
            // Removal reads the secondary indexes: without them each lookup would scan a table.
            if secondaryIndexesDeferred {
                try createMissingSecondaryIndexes()
                secondaryIndexesDeferred = false
            }
            let touched = try removeDocument(id: id)
            nextSentenceKey = nil  // the largest key may have gone with the document
            try insert(version, written: &written)
            try removeOrphans(relationIDs: touched.relationIDs, entityIDs: touched.entityIDs)
            written = WrittenRows()  // removed entities took their names with them
            summary.replaced += 1
        }
    }

    /// Throws when the document's sentences or evidence are inconsistent with each other.
    private func validate(_ annotated: AnnotatedDocument) throws {
        let id = annotated.document.id
        let sentences = annotated.sentences
        // Sentences numbered 0, 1, 2… in order, as the extractor numbers them, need no set.
        var numberedInOrder = true
        for (offset, sentence) in sentences.enumerated() where sentence.index != offset {
            numberedInOrder = false
            break
        }
        var indexes = Set<Int>()
        if !numberedInOrder {
            for sentence in sentences where !indexes.insert(sentence.index).inserted {
                throw StoreError.invalidDocument(
                    path: path, documentID: id, problem: "sentence index \(sentence.index) appears twice")
            }
        }
        for extracted in annotated.relations {
            let evidence = extracted.evidence
            guard evidence.documentID == id else {
                throw StoreError.invalidDocument(
                    path: path, documentID: id, problem: "evidence names another document, \(evidence.documentID)")
            }
            let cited = evidence.sentenceIndex
            guard numberedInOrder ? 0 <= cited && cited < sentences.count : indexes.contains(cited) else {
                throw StoreError.invalidDocument(
                    path: path, documentID: id, problem: "evidence cites sentence \(cited), which the document lacks")
            }
        }
    }

    /// Inserts a document not currently stored, with its sentences, entities, mentions and relations.
    private func insert(_ version: DocumentVersion, written: inout WrittenRows) throws {
        let annotated = version.annotated
        let document = annotated.document
        try statement(.documentInsert).execute(
            binding: document.id, document.pmid, document.title, document.abstract, document.journal, document.year,
            JSONText.array(document.meshHeadings), JSONText.array(document.publicationTypes), document.source,
            version.contentHash, version.inputHash)
        try insertSentences(of: annotated)
        try insertEntities(of: annotated, names: version.normalizedNames, written: &written)
        try insertMentions(of: annotated)
        try insertRelations(of: annotated)
    }

    /// Inserts the document's mentions, several to a statement (``RowInsert``).
    private func insertMentions(of annotated: AnnotatedDocument) throws {
        let id = annotated.document.id
        try insert(
            annotated.mentions, with: .mentions,
            textByteCount: { id.utf8.count + $0.entity.id.utf8.count + $0.text.utf8.count }
        ) { statement, row, index in
            try statement.bind(id, at: index)
            try statement.bind(row.span.start, at: index + 1)
            try statement.bind(row.span.end, at: index + 2)
            try statement.bind(row.entity.id, at: index + 3)
            try statement.bind(row.text, at: index + 4)
        }
    }

    /// Inserts the document's sentences with their full-text keys and index entries (schema
    /// version 7: no trigger does it).
    private func insertSentences(of annotated: AnnotatedDocument) throws {
        let id = annotated.document.id
        try insert(
            annotated.sentences, with: .sentences, textByteCount: { id.utf8.count + $0.text.utf8.count }
        ) { statement, row, index in
            try statement.bind(id, at: index)
            try statement.bind(row.index, at: index + 1)
            try statement.bind(row.span.start, at: index + 2)
            try statement.bind(row.span.end, at: index + 3)
            try statement.bind(row.text, at: index + 4)
        }
        let sentences = annotated.sentences
        guard !sentences.isEmpty else { return }
        let search = try statement(.searchInsert)
        guard let first = try reserveSentenceKeys(sentences.count) else {
            // Keys past the largest integer, which SQLite chooses at random: one by one, each
            // index entry taking its key's rowid.
            let key = try statement(.sentenceKeyInsert)
            for row in sentences {
                try key.execute(binding: id, row.index)
                try search.execute(binding: connection.lastInsertedRowID, row.text)
            }
            return
        }
        try insert(sentences.indices, with: .sentenceKeys, textByteCount: { _ in id.utf8.count }) {
            statement, offset, index in
            try statement.bind(first + offset, at: index)
            try statement.bind(id, at: index + 1)
            try statement.bind(sentences[offset].index, at: index + 2)
        }
        for (offset, row) in sentences.enumerated() {
            try search.execute(binding: first + offset, row.text)
        }
    }

    /// Inserts every entity the document names (first name and category win) and its surface forms,
    /// as `names` lists them at their first occurrence, several rows to a statement (``RowInsert``), each
    /// table's rows in the order they were always inserted in.
    private func insertEntities(
        of annotated: AnnotatedDocument, names: NormalizedNames, written: inout WrittenRows
    ) throws {
        var entities: [Entity] = []
        var entityNames: [EntityNameRow] = []
        func record(_ id: String, _ surface: String, _ normalized: String) {
            guard !normalized.isEmpty,
                written.names.insert(WrittenRows.EntityName(entityID: id, normalized: normalized)).inserted
            else { return }
            entityNames.append(EntityNameRow(entityID: id, name: surface, normalized: normalized))
        }
        // An entity's own name is recorded as a synonym the first time a call names it, as it
        // always was: the first name wins, and another document may name the entity otherwise.
        func named(_ row: Entity) {
            guard written.entitiesInCall.insert(row.id).inserted else { return }
            if written.entities.insert(row.id).inserted { entities.append(row) }
            record(row.id, row.name, row.name.normalizedEntityName)
        }
        // Mentions' entities first, then relations' subjects and objects, in order, each only at its
        // first occurrence in the document: a later one would find itself written (NormalizedNames).
        for entity in names.namedEntities { named(entity) }
        let mentions = annotated.mentions
        for index in names.firstNamingMentions {
            record(mentions[index].entity.id, mentions[index].text, names.mentionTexts[index])
        }
        try insert(
            entities, with: .entities,
            textByteCount: { $0.id.utf8.count + $0.name.utf8.count + $0.category.rawValue.utf8.count }
        ) {
            statement, row, index in
            try statement.bind(row.id, at: index)
            try statement.bind(row.name, at: index + 1)
            try statement.bind(row.category.rawValue, at: index + 2)
        }
        try insert(
            entityNames, with: .entityNames,
            textByteCount: { $0.entityID.utf8.count + $0.name.utf8.count + $0.normalized.utf8.count }
        ) { statement, row, index in
            try statement.bind(row.entityID, at: index)
            try statement.bind(row.name, at: index + 1)
            try statement.bind(row.normalized, at: index + 2)
        }
    }

    /// Adds the document's relations (one count per document) and their evidence rows.
    private func insertRelations(of annotated: AnnotatedDocument) throws {
        let relations = annotated.relations
        guard !relations.isEmpty else { return }
        // In order of first appearance, not a Dictionary's per-process order, so that relation ids
        // are the same in every run.
        // Keyed as the table is (identifiers, predicate, polarity): two relations between the same
        // entities named otherwise in one document are one row, counted once for the document.
        // Each key hashed once or twice, not once per use: `place` holds each evidence row's relation.
        var places: [RelationKey: Int] = [:]
        places.reserveCapacity(relations.count)
        var distinct: [(relation: Relation, count: Int)] = []
        var place: [Int] = []
        place.reserveCapacity(relations.count)
        for extracted in relations {
            let key = RelationKey(extracted.relation)
            if let known = places[key] {
                distinct[known].count += 1
                place.append(known)
            } else {
                places[key] = distinct.count
                place.append(distinct.count)
                distinct.append((extracted.relation, 1))
            }
        }
        var relationIDs: [Int] = []
        relationIDs.reserveCapacity(distinct.count)
        for (relation, count) in distinct {
            relationIDs.append(try addEvidence(count, to: relation))
        }
        try insert(
            relations.indices, with: .evidence,
            textByteCount: {
                let evidence = relations[$0].evidence
                return evidence.documentID.utf8.count + evidence.trigger.utf8.count + evidence.rule.utf8.count
            }
        ) { statement, offset, index in
            let row = relations[offset].evidence
            try statement.bind(relationIDs[place[offset]], at: index)
            try statement.bind(row.documentID, at: index + 1)
            try statement.bind(row.sentenceIndex, at: index + 2)
            try statement.bind(row.subjectSpan.start, at: index + 3)
            try statement.bind(row.subjectSpan.end, at: index + 4)
            try statement.bind(row.triggerSpan.start, at: index + 5)
            try statement.bind(row.triggerSpan.end, at: index + 6)
            try statement.bind(row.objectSpan.start, at: index + 7)
            try statement.bind(row.objectSpan.end, at: index + 8)
            try statement.bind(row.trigger, at: index + 9)
            try statement.bind(row.rule, at: index + 10)
            try statement.bind(row.isNegated, at: index + 11)
            try statement.bind(row.isHedged, at: index + 12)
            try statement.bind(row.confidence, at: index + 13)
            try statement.bind(row.isComparison, at: index + 14)
        }
    }
}

/// A row of `entity_names`: an entity's surface form and its normalized form.
private struct EntityNameRow {
    let entityID: String
    let name: String
    let normalized: String
}

/// A relation as the `relations` table keys it: the two entities' identifiers (not their names),
/// the predicate and the polarity.
private struct RelationKey: Hashable {
    let subjectID: String
    let predicate: RelationPredicate
    let objectID: String
    let polarity: Polarity

    init(_ relation: Relation) {
        subjectID = relation.subject.id
        predicate = relation.predicate
        objectID = relation.object.id
        polarity = relation.polarity
    }
}
