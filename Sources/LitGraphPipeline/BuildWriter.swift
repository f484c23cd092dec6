import LitGraphExtraction
import LitGraphModel
import LitGraphStore

/// The writing end of a build: takes the documents in input order, on the calling thread, and
/// stores them in transactions of one input file each, or of `commitInterval` documents of a
/// longer file (``LitGraphStore/GraphStore/bulkTransaction(_:)``: a batch takes no savepoint, and
/// any failure rolls back the whole transaction, as it always did here).
///
/// Documents are written in batches (one ``LitGraphStore/GraphStore/write(_:)-([DocumentVersion])``
/// call per `batchSize` documents); a batch is written before a document whose identifier it
/// holds is looked up, so every decision sees the earlier documents of the build.
///
/// A changed document (its identifier stored with another input hash) waits before it is
/// written, until a document that must be written arrives, `deferralLimit` changed documents
/// wait, or the build ends; all are then written in input order. If meanwhile a later document
/// with its identifier turns out stored unchanged, the waiting one is dropped: the stored version
/// is the later one, which a build stores anyway (the last of repeated identifiers wins). That is
/// what a rerun after an interruption meets when an identifier repeats within the groups already
/// committed, and dropping the earlier version, rather than writing it and then the later one
/// again, leaves the database row for row as the uninterrupted build wrote it; a rebuild of an
/// unchanged corpus with repeated identifiers writes nothing.
struct BuildWriter {
    /// The store written to; used only on this thread.
    let store: GraphStore
    /// Annotates a document the reading thread wrongly took for unchanged.
    let annotate: (Document) -> AnnotatedDocument
    /// Documents written per `write` call.
    let batchSize: Int
    /// Documents of one file per transaction.
    let commitInterval: Int
    /// The counts so far.
    var summary: BuildSummary
    /// Called with the counts at most once per `progressInterval` (on this thread).
    var progress: ((BuildProgress) -> Void)?
    /// The shortest time between two progress reports.
    var progressInterval = Duration.milliseconds(100)
    /// When the build started, for the rate in progress reports.
    let start = ContinuousClock.now
    /// Annotations the readers skipped (their offsets did not fit the text).
    var skippedAnnotations = 0
    /// The first of them, described.
    var firstSkipped: String?
    /// Where the time went, when the build measures its stages: read time as the reading thread
    /// reported it, annotate and extract summed over the documents, and store as this thread's
    /// time outside waits for the next item.
    var timings: BuildTimings?
    /// Whether the build was asked to stop; checked before each document.
    var isInterrupted: () -> Bool = { false }
    /// Documents added or replaced in the transactions committed so far.
    private(set) var committedStored = 0

    private var lastReport = ContinuousClock.now
    private var batch: [DocumentVersion] = []
    private var batchIdentifiers = Set<String>()
    /// Changed documents waiting to be written, in input order.
    private var deferred: [DocumentVersion] = []
    private var deferredIdentifiers = Set<String>()
    /// The most changed documents that wait (their annotations are held in memory).
    let deferralLimit = 512

    init(
        store: GraphStore, summary: BuildSummary, batchSize: Int, commitInterval: Int,
        annotate: @escaping (Document) -> AnnotatedDocument
    ) {
        self.store = store
        self.summary = summary
        self.batchSize = max(1, batchSize)
        self.commitInterval = max(1, commitInterval)
        self.annotate = annotate
    }

    /// Writes every item `next` hands over until it returns `nil`.
    ///
    /// Each file is written in one transaction, or a file of more than `commitInterval` documents
    /// in one transaction per `commitInterval` of its documents (counted from its start, unchanged
    /// ones included, so that a rerun after an interruption commits where an uninterrupted build
    /// does). An error from `next` (a file that fails to read) rolls back the transaction open and
    /// is rethrown; what was committed before stays. Once `isInterrupted` returns true, the next
    /// document is not written: the transaction open is rolled back and `CancellationError` thrown.
    mutating func run(_ upstream: () throws -> BuildItem?) throws {
        var mark = ContinuousClock.now
        func next() throws -> BuildItem? {
            guard timings != nil else { return try upstream() }
            timings?.store += ContinuousClock.now - mark
            defer { mark = .now }
            return try upstream()
        }
        var pending = try next()
        var documentsInFile = 0
        while let first = pending {
            var groupEnded = false
            try store.bulkTransaction {
                var item: BuildItem? = first
                while let current = item {
                    switch current {
                    case .document(let document):
                        if isInterrupted() { throw CancellationError() }
                        try write(document)
                        reportProgress()
                        documentsInFile += 1
                        if documentsInFile % commitInterval == 0 {
                            item = nil
                            groupEnded = true
                        } else {
                            item = try next()
                        }
                    case .endOfFile(let skipped, let first, let readTime):
                        if let readTime { timings?.read += readTime }
                        skippedAnnotations += skipped
                        if firstSkipped == nil { firstSkipped = first.map(String.init(describing:)) }
                        documentsInFile = 0
                        item = nil
                        groupEnded = true
                    }
                }
                try flush()
            }
            committedStored = summary.added + summary.replaced
            pending = groupEnded ? try next() : nil
        }
        if !deferred.isEmpty {
            try store.bulkTransaction {
                try writeDeferred()
                try flush()
            }
            committedStored = summary.added + summary.replaced
        }
        timings?.store += ContinuousClock.now - mark
    }

    /// Calls `progress` when `progressInterval` has passed since the last call.
    private mutating func reportProgress() {
        guard let progress else { return }
        let now = ContinuousClock.now
        guard now - lastReport >= progressInterval else { return }
        lastReport = now
        progress(
            BuildProgress(
                documents: summary.documentsRead, annotated: summary.annotated, seconds: (now - start) / .seconds(1)))
    }

    /// Counts a document and adds it to the batch, unless it is stored unchanged; a changed one
    /// waits (see the type's discussion).
    private mutating func write(_ pending: PendingDocument) throws {
        let id = pending.document.id
        summary.documentsRead += 1
        if try !store.recordSeen(documentID: id) { summary.duplicates += 1 }
        if let measured = pending.timings { timings?.extraction.add(measured) }
        // An earlier version of this document may wait in the batch: write it first.
        if batchIdentifiers.contains(id) { try flush() }
        let stored = try store.storedInputHash(documentID: id)
        if stored == pending.inputHash {
            if deferredIdentifiers.remove(id) != nil {
                // The waiting earlier version is superseded by this later one, already stored.
                deferred.removeAll { $0.annotated.document.id == id }
                summary.unchanged += 1
            }
            summary.unchanged += 1
            return
        }
        if deferredIdentifiers.contains(id) { try writeDeferred() }
        let version = pending.version ?? DocumentVersion(annotate(pending.document), inputHash: pending.inputHash)
        summary.annotated += 1
        if stored != nil {
            deferred.append(version)
            deferredIdentifiers.insert(id)
            if deferred.count > deferralLimit { try writeDeferred() }
            return
        }
        try writeDeferred()
        try add(version)
    }

    /// Adds the waiting changed documents to the batch, in input order.
    private mutating func writeDeferred() throws {
        let waiting = deferred
        deferred.removeAll(keepingCapacity: true)
        deferredIdentifiers.removeAll(keepingCapacity: true)
        for version in waiting { try add(version) }
    }

    /// Adds a document to the batch (written first if it holds another version of it), and
    /// writes the batch once it is full.
    private mutating func add(_ version: DocumentVersion) throws {
        let id = version.annotated.document.id
        if batchIdentifiers.contains(id) { try flush() }
        batch.append(version)
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
