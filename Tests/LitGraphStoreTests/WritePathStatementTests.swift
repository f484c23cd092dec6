import LitGraphModel
import Testing

@testable import LitGraphStore

/// The write path's statements give the rows SQLite gave one statement at a time: sentence keys
/// given by the store, eight to a statement, are the keys SQLite chose row by row; relations are
/// inserted first or looked up first as the ones before them were, with the same ids and counts;
/// entities and names go eight to a statement in the order they went one by one.
@Suite("Write path statements")
struct WritePathStatementTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
    }

    /// A document `id` of `sentences` sentences (the title is one), each with a word of its own
    /// (`w<id><version><index>`) to search for.
    static func document(_ id: String, sentences: Int, version: String = "a") -> AnnotatedDocument {
        let words = (0..<max(1, sentences)).map { "Sentence w\(id)\(version)\($0) here." }
        var annotated = DocumentBuilder(id: id, title: words[0], abstractSentences: Array(words.dropFirst())).annotated
        if sentences == 0 { annotated.sentences = [] }
        return annotated
    }

    /// A write call's documents, `id:sentences` or `id:sentences:version`.
    static func documents(_ call: String) -> [AnnotatedDocument] {
        call.split(separator: " ").map { spec in
            let parts = spec.split(separator: ":").map(String.init)
            return document(parts[0], sentences: Int(parts[1]) ?? 0, version: parts.count > 2 ? parts[2] : "a")
        }
    }

    /// Every sentence key as `key document:index`, in key order.
    func keys() throws -> [String] {
        try store.connection.cachedStatement("SELECT id, document_id, idx FROM sentence_keys ORDER BY id").rows {
            "\($0.int(at: 0)) \($0.text(at: 1)):\($0.int(at: 2))"
        }
    }

    /// Whether each of `document`'s sentences is found by its own word, at its own key.
    func expectSearchable(_ document: AnnotatedDocument, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for sentence in document.sentences {
            let word = sentence.text.split(separator: " ")[1]
            let hits = try store.searchSentences(matching: String(word), limit: 5)
            #expect(
                hits.map { "\($0.documentID):\($0.sentenceIndex)" } == ["\(document.document.id):\(sentence.index)"],
                sourceLocation: sourceLocation)
        }
    }

    @Test(
        "sentence keys are the keys SQLite chose one insert at a time",
        arguments: [
            (["A:3 B:2"], ["1 A:0", "2 A:1", "3 A:2", "4 B:0", "5 B:1"]),
            (["A:3", "B:2"], ["1 A:0", "2 A:1", "3 A:2", "4 B:0", "5 B:1"]),
            // The largest keys leave with the replaced document and are given again.
            (["A:3 B:2", "B:3:b"], ["1 A:0", "2 A:1", "3 A:2", "4 B:0", "5 B:1", "6 B:2"]),
            (["A:3 B:2", "A:2:b"], ["4 B:0", "5 B:1", "6 A:0", "7 A:1"]),
            (["A:3 B:2", "B:1:b C:2"], ["1 A:0", "2 A:1", "3 A:2", "4 B:0", "5 C:0", "6 C:1"]),
            (["A:3 B:2", "C:1 B:1:b"], ["1 A:0", "2 A:1", "3 A:2", "6 C:0", "7 B:0"]),
            // A document written twice in one call: its first keys are gone before the second's are given.
            (["A:3 A:2:b"], ["1 A:0", "2 A:1"]),
            (["B:1 A:3 A:2:b"], ["1 B:0", "2 A:0", "3 A:1"]),
            // Eight rows to a statement, then one by one.
            (
                ["A:10 B:8 C:1"],
                (0..<10).map { "\($0 + 1) A:\($0)" } + (0..<8).map { "\($0 + 11) B:\($0)" } + ["19 C:0"]
            ),
            (["A:0 B:1"], ["1 B:0"]),
        ])
    func sentenceKeys(calls: [String], expected: [String]) throws {
        var latest: [String: AnnotatedDocument] = [:]
        for call in calls {
            let documents = Self.documents(call)
            try store.write(documents)
            for document in documents { latest[document.document.id] = document }
        }
        #expect(try keys() == expected)
        for document in latest.values { try expectSearchable(document) }
        try store.connection.execute(
            "INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)")
        try expectConsistent(store)
    }

    @Test(
        "near the largest integer, keys are given while they fit and SQLite chooses them after",
        arguments: [(Int.max - 3, 3, true), (Int.max - 2, 3, false), (Int.max, 1, false), (Int.max - 1, 1, true)])
    func largestKeys(largest: Int, sentences: Int, given: Bool) throws {
        try store.connection.execute("INSERT INTO sentence_keys (id, document_id, idx) VALUES (\(largest), 'X', 0)")
        let document = Self.document("A", sentences: sentences)
        try store.write([document])
        let keys = try store.connection.cachedStatement("SELECT id FROM sentence_keys WHERE document_id = 'A'")
            .rows { $0.int(at: 0) }
        #expect(Set(keys).count == sentences)
        #expect(!keys.contains(largest))
        if given { #expect(keys.sorted() == (1...sentences).map { largest + $0 }) }
        try expectSearchable(document)
        // The next document's keys come from SQLite: the largest is taken.
        let next = Self.document("B", sentences: 2)
        try store.write([next])
        try expectSearchable(next)
    }

    /// A document `id` stating one relation per pair of letters (`ab`: `T:a` activates `T:b`), each
    /// in a sentence of its own.
    static func relating(_ id: String, _ pairs: String) -> AnnotatedDocument {
        let pairs = pairs.split(separator: " ").map(Array.init)
        var builder = DocumentBuilder(
            id: id, title: "Title.", abstractSentences: pairs.map { "ent\($0[0]) activates ent\($0[1])." })
        for (offset, pair) in pairs.enumerated() {
            let subject = Entity(id: "T:\(pair[0])", name: "ent\(pair[0])", category: .chemical)
            let object = Entity(id: "T:\(pair[1])", name: "ent\(pair[1])", category: .chemical)
            builder.relate(
                (subject, "ent\(pair[0])"), .positivelyRegulates, .positive, (object, "ent\(pair[1])"),
                trigger: "activates", sentence: offset + 1)
        }
        return builder.annotated
    }

    @Test(
        "relations get the ids and counts SQLite gave whichever statement comes first",
        arguments: [
            (["1 ab", "2 cd", "3 ef"], ["1 T:a T:b 1 1", "2 T:c T:d 1 1", "3 T:e T:f 1 1"]),
            // Stored ones for long enough to look up first, then new ones again.
            (
                [
                    "1 ab", "2 ab", "3 ab", "4 ab", "5 ab", "6 ab", "7 ab", "8 cd", "9 cd", "10 ef", "11 gh", "12 ij",
                    "13 kl", "14 mn", "15 ab",
                ],
                [
                    "1 T:a T:b 8 8", "2 T:c T:d 2 2", "3 T:e T:f 1 1", "4 T:g T:h 1 1", "5 T:i T:j 1 1",
                    "6 T:k T:l 1 1", "7 T:m T:n 1 1",
                ]
            ),
            (["1 ab", "2 cd", "3 ab", "4 cd", "5 ab"], ["1 T:a T:b 3 3", "2 T:c T:d 2 2"]),
            (["1 ab ab cd", "2 cd ab"], ["1 T:a T:b 3 2", "2 T:c T:d 2 2"]),
            // A replaced document's relations left without evidence go after its new ones are in.
            (["1 ab", "2 cd", "2 ef"], ["1 T:a T:b 1 1", "3 T:e T:f 1 1"]),
            (["1 ab", "2 ab", "3 ab", "4 ab", "5 ab", "6 cd", "6 ef"], ["1 T:a T:b 5 5", "3 T:e T:f 1 1"]),
            (
                ["1 ab", "2 cd", "2 cd ef", "3 gh"],
                ["1 T:a T:b 1 1", "2 T:c T:d 1 1", "3 T:e T:f 1 1", "4 T:g T:h 1 1"]
            ),
        ])
    func relations(documents: [String], expected: [String]) throws {
        for spec in documents {
            let parts = spec.split(separator: " ", maxSplits: 1).map(String.init)
            try store.write([Self.relating(parts[0], parts[1])])
        }
        let rows = try store.connection.cachedStatement(
            "SELECT id, subject_id, object_id, evidence_count, document_count FROM relations ORDER BY id"
        ).rows { "\($0.int(at: 0)) \($0.text(at: 1)) \($0.text(at: 2)) \($0.int(at: 3)) \($0.int(at: 4))" }
        #expect(rows == expected)
        try expectConsistent(store)
    }

    @Test("entities and names go in the order they went one by one, eight to a statement")
    func entities() throws {
        let names = (0..<10).map { "Name\($0)" }
        var builder = DocumentBuilder(id: "1", title: names.joined(separator: " "), abstractSentences: [])
        for (offset, name) in names.enumerated() {
            // Entity i is named "Name i" but mentioned as "Name i" upper-cased: a second name for each.
            let entity = Entity(id: "T:\(offset)", name: "name \(offset)", category: .chemical)
            builder.mention(entity, name, sentence: 0)
        }
        try store.write([builder.annotated, Fixtures.first()])
        let entities = try store.connection.cachedStatement("SELECT id, name FROM entities ORDER BY rowid")
            .rows { "\($0.text(at: 0)) \($0.text(at: 1))" }
        let fixture = Fixtures.first()
        var expected = (0..<10).map { "T:\($0) name \($0)" }
        var seen = Set<String>()
        for entity in fixture.mentions.map(\.entity)
            + fixture.relations.flatMap({ [$0.relation.subject, $0.relation.object] })
        where seen.insert(entity.id).inserted {
            expected.append("\(entity.id) \(entity.name)")
        }
        #expect(entities == expected)
        let entityNames = try store.connection.cachedStatement(
            "SELECT entity_id, name, normalized FROM entity_names WHERE entity_id LIKE 'T:%' ORDER BY rowid"
        ).rows { "\($0.text(at: 0)) \($0.text(at: 1)) \($0.text(at: 2))" }
        #expect(
            entityNames
                == (0..<10).map { "T:\($0) name \($0) name \($0)" } + (0..<10).map { "T:\($0) Name\($0) name\($0)" })
        try expectConsistent(store)
    }

    @Test("every write statement prepares", arguments: WriteStatement.allCases)
    func prepares(statement: WriteStatement) throws {
        _ = try store.statement(statement)
    }
}

/// The checks before a write: sentences numbered in order take the fast path, any other numbering
/// the set, with the same refusals as before.
@Suite("Write path validation and lookups")
struct WritePathLookupTests {
    let directory: TemporaryDirectory
    let store: GraphStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try GraphStore(path: directory.path("graph.sqlite"), mode: .readWrite)
    }

    @Test(
        "sentence numbers and cited sentences are refused as before",
        arguments: [
            ([0, 1, 2, 3], 3, nil), ([0, 1, 2, 3], 4, "evidence cites sentence 4, which the document lacks"),
            ([0, 1, 2, 3], -1, "evidence cites sentence -1, which the document lacks"),
            ([1, 2, 3, 4], 4, nil), ([1, 2, 3, 4], 0, "evidence cites sentence 0, which the document lacks"),
            ([0, 2, 3, 4], 2, nil), ([0, 2, 3, 4], 1, "evidence cites sentence 1, which the document lacks"),
            ([3, 2, 1, 0], 0, nil), ([0, 1, 1, 2], 1, "sentence index 1 appears twice"),
            ([0, 1, 2, 0], 1, "sentence index 0 appears twice"), ([5, 5, 1, 2], 5, "sentence index 5 appears twice"),
            ([0, 1, 2, 3, 4], 4, nil), ([0, 1, 2], 3, "evidence cites sentence 3, which the document lacks"),
        ] as [([Int], Int, String?)])
    func validation(indexes: [Int], cited: Int, problem: String?) throws {
        var document = Fixtures.first()
        while document.sentences.count < indexes.count { document.sentences.append(document.sentences[0]) }
        document.sentences = Array(document.sentences.prefix(indexes.count))
        for (offset, index) in indexes.enumerated() { document.sentences[offset].index = index }
        for offset in document.relations.indices { document.relations[offset].evidence.sentenceIndex = cited }
        if let problem {
            #expect(throws: StoreError.invalidDocument(path: store.path, documentID: "1001", problem: problem)) {
                try store.write([document])
            }
            #expect(try store.statistics().documents == 0)
        } else {
            #expect(try store.write([document]).added == 1)
        }
    }

    @Test("a list of absent documents gives them in order and forgets all on a different one")
    func absentList() {
        var absent = AbsentDocuments()
        var taken: [Bool] = []
        taken.append(absent.take("a"))
        absent.record("a")
        absent.record("b")
        absent.record("c")
        taken.append(absent.take("a"))
        taken.append(absent.take("c"))  // b comes first: the list is emptied
        taken.append(absent.take("b"))
        absent.record("d")
        taken.append(absent.take("d"))
        taken.append(absent.take("d"))
        absent.record("e")
        absent.removeAll()
        taken.append(absent.take("e"))
        #expect(taken == [false, true, false, false, true, false, false])
    }

    /// Input hash `h<n>` for a version of ``Fixtures/first()``.
    func version(_ n: Int, changed: Bool = false) -> DocumentVersion {
        var document = Fixtures.first()
        if changed { document.sentences[1].text = "Changed \(n)." }
        return DocumentVersion(document, inputHash: "h\(n)")
    }

    @Test("a document looked up as absent in a bulk transaction is written without a second lookup, as before")
    func absentThenWritten() throws {
        let (first, second) = (Fixtures.first(), Fixtures.second())
        let summaries = try store.bulkTransaction {
            #expect(try store.storedInputHash(documentID: "1001") == nil)
            #expect(try store.storedInputHash(documentID: "1002") == nil)
            // Out of order: the list is emptied and both are looked up.
            let outOfOrder = try store.write([DocumentVersion(second, inputHash: "b")])
            let inOrder = try store.write([DocumentVersion(first, inputHash: "a")])
            #expect(try store.storedInputHash(documentID: "1001") == "a")
            // Written again: found stored (nothing listed), replaced.
            let again = try store.write([version(2, changed: true)])
            return [outOfOrder, inOrder, again]
        }
        #expect(summaries.map(\.added) == [1, 1, 0])
        #expect(summaries.map(\.replaced) == [0, 0, 1])
        #expect(try store.statistics().documents == 2)
        try expectConsistent(store)
    }

    @Test("a document listed absent and then written twice in one call is replaced by its second version")
    func absentTwiceInOneCall() throws {
        let summary = try store.bulkTransaction {
            #expect(try store.storedInputHash(documentID: "1001") == nil)
            return try store.write([version(1), version(2, changed: true)])
        }
        #expect(summary == WriteSummary(added: 1, replaced: 1, unchanged: 0))
        #expect(try store.storedInputHash(documentID: "1001") == "h2")
        try expectConsistent(store)
    }

    @Test("nothing is listed outside a bulk transaction, and a rolled-back one leaves nothing listed")
    func absentOutsideAndAfterRollback() throws {
        #expect(try store.storedInputHash(documentID: "1001") == nil)
        try store.write([Fixtures.first()])
        #expect(try store.write([version(3, changed: true)]).replaced == 1)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.bulkTransaction {
                #expect(try store.storedInputHash(documentID: "1002") == nil)
                throw Stop()
            }
        }
        // Written by another connection meanwhile: a list left over would claim it absent.
        try GraphStore(path: store.path, mode: .readWrite).write([Fixtures.second()])
        let summary = try store.bulkTransaction { try store.write([Fixtures.second()]) }
        #expect(summary == WriteSummary(added: 0, replaced: 0, unchanged: 1))
        try expectConsistent(store)
    }
}
