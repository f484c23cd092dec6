import LitGraphModel
import LitGraphStore

/// The writing end of a build: takes the documents in input order, on the calling thread, and
/// stores them in transactions of one input file each.
///
/// Documents are written in batches (one ``LitGraphStore/GraphStore/write(_:)-([DocumentVersion])``
/// call per `batchSize` documents); a batch is written before a document whose identifier it
/// holds is looked up, so every decision sees the earlier documents of the build.
struct BuildWriter {
    /// The store written to; used only on this thread.
    let store: GraphStore
    /// Annotates a document the reading thread wrongly took for unchanged.
    let annotate: (Document) -> AnnotatedDocument
    /// Documents written per `write` call.
    let batchSize: Int
    /// The counts so far.
    var summary: BuildSummary
    /// Annotations the readers skipped, and the first of them.
    var skippedAnnotations = 0
    var firstSkipped: String?

    private var batch: [DocumentVersion] = []
    private var batchIdentifiers = Set<String>()
    private var seen = Set<String>()

    init(
        store: GraphStore, summary: BuildSummary, batchSize: Int,
        annotate: @escaping (Document) -> AnnotatedDocument
    ) {
        self.store = store
        self.summary = summary
        self.batchSize = max(1, batchSize)
        self.annotate = annotate
    }

    /// Writes every item `next` hands over until it returns `nil`, one transaction per input file.
    ///
    /// An error from `next` (a file that fails to read) rolls back the file being written and is
    /// rethrown; the files before it stay stored.
    mutating func run(_ next: () throws -> BuildItem?) throws {
        var pending = try next()
        while let first = pending {
            var fileEnded = false
            try store.transaction {
                var item: BuildItem? = first
                while let current = item {
                    switch current {
                    case .document(let document):
                        try write(document)
                        item = try next()
                    case .endOfFile(let skipped, let first):
                        skippedAnnotations += skipped
                        if firstSkipped == nil { firstSkipped = first.map(String.init(describing:)) }
                        item = nil
                        fileEnded = true
                    }
                }
                try flush()
            }
            pending = fileEnded ? try next() : nil
        }
    }

    /// Counts a document and adds it to the batch, unless it is stored unchanged.
    private mutating func write(_ pending: PendingDocument) throws {
        let id = pending.document.id
        summary.documentsRead += 1
        if !seen.insert(id).inserted { summary.duplicates += 1 }
        var annotated = pending.annotated
        if annotated == nil {
            // An earlier version of this document may wait in the batch: write it first.
            if batchIdentifiers.contains(id) { try flush() }
            if try store.storedInputHash(documentID: id) == pending.inputHash {
                summary.unchanged += 1
                return
            }
            annotated = annotate(pending.document)
        }
        guard let annotated else { return }
        summary.annotated += 1
        batch.append(DocumentVersion(annotated, inputHash: pending.inputHash))
        batchIdentifiers.insert(id)
        if batch.count >= batchSize { try flush() }
    }

    /// Writes the batch.
    private mutating func flush() throws {
        guard !batch.isEmpty else { return }
        let result = try store.write(batch)
        summary.added += result.added
        summary.replaced += result.replaced
        summary.unchanged += result.unchanged
        batch.removeAll(keepingCapacity: true)
        batchIdentifiers.removeAll(keepingCapacity: true)
    }
}
