import Foundation
public import LitGraphExtraction
import LitGraphModel
public import LitGraphReaders
import LitGraphStore

/// Reads inputs, extracts relations and stores them: `litgraph build`.
///
/// A build is three stages joined by a bounded queue (``OrderedParallelMap``): one thread reads
/// the inputs in order and hashes each document; ``jobs`` threads annotate the documents whose
/// input hash is not stored, the calling thread among them; the calling thread writes them in input
/// order. The database is the same, row for row, whatever the number of jobs.
public struct GraphBuilder: Sendable {
    /// The extractor applied to every document.
    public let extractor: Extractor
    /// How many documents are written per batch inside a file's transaction.
    public var batchSize = 256
    /// How many documents of one input file are stored per transaction.
    ///
    /// A file of at most this many documents is stored in one transaction, so a file that fails to
    /// read leaves nothing of itself behind; a longer one keeps the groups committed before the
    /// failure (a rerun skips them). Commits are counted from the start of each file, so a build
    /// interrupted and rerun commits where an uninterrupted one does and ends with the same database.
    public var commitInterval = 2_000
    /// Whether relations of ``GenericConcepts`` ("patients", "disease", "cells") are stored too
    /// (`build --keep-generic`); by default they are left out.
    public var keepsGenericConcepts = false
    /// Whether the build measures the time each stage takes (``BuildSummary/timings``,
    /// `build --timings`); off by default, since it reads a clock several times per sentence.
    ///
    /// Read is the reading thread's time (parsing and hashing, not waiting for room in the queue),
    /// annotate and extract are summed over the annotating threads, store is the writer's time
    /// (not waiting for the next document); with several jobs they overlap, so their sum exceeds
    /// the wall-clock time.
    public var measuresStages = false
    /// How many threads annotate (`build --jobs`); by default one per active processor.
    ///
    /// The thread that writes is one of them: `jobs - 1` threads of their own annotate, and the
    /// writer annotates whenever the next document to store is not ready (with 1, every document).
    /// So a build keeps `jobs` threads busy, not one more: with as many jobs as cores, the writer
    /// does not compete with the annotating threads for a core while they keep it waiting.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Called on the building thread with the counts so far, at most once per
    /// ``progressInterval`` (`build` shows them on a terminal); `nil` for none.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// The shortest time between two ``progress`` calls: a tenth of a second by default.
    public var progressInterval = Duration.milliseconds(100)
    /// How many documents may be between the reading thread and the writer at once.
    ///
    /// They are read, being annotated, or annotated and waiting for the ones before them; by
    /// default one batch (``batchSize``) plus 32 per job, at least 64. The batch matters: while
    /// the writer stores a batch it takes nothing from the queue, and a queue no longer than a
    /// batch would fill and leave the annotating threads idle for most of that write (two jobs
    /// built the bench corpus 1.3 times faster than one with a queue of 64, against about 1.6
    /// times with one of 320). Memory holds about this many documents plus one batch.
    public var queueCapacity: Int?
    /// A request to stop the build part-way (Ctrl-C: see ``SignalCatcher``); `nil` for none.
    ///
    /// Once it is made, the writer stores no further document: the transaction open is rolled
    /// back, the pipeline's threads are stopped, and the build throws ``BuildInterrupted``. The
    /// groups committed before (see ``commitInterval``) stay, and running the same build again ends
    /// with the database an uninterrupted build writes.
    public var interruption: BuildInterruption?

    /// How long the build waits for another process that is writing the database (`build --wait`)
    /// before failing with `StoreError.locked`; 10 seconds by default.
    public var busyTimeout = Duration.seconds(10)

    /// Creates a builder around an extractor.
    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// Builds (or updates) the graph database at `databasePath` from `inputs`.
    ///
    /// Every input is checked before anything is read (a missing file stops the build before the
    /// database is touched). Each file is then stored in one transaction, or one per
    /// ``commitInterval`` documents when it is longer: a file that fails to read leaves nothing of
    /// itself behind but the groups committed before the failure, and the error names it. A
    /// document whose input hash (see ``ExtractorFingerprint``) is stored is skipped before
    /// annotation; changed ones are replaced.
    /// - Throws: `ReadError` for a bad input, `StoreError` for a bad database, ``BuildInterrupted``
    ///   when ``interruption`` was made before the build ended.
    public func build(inputs: [String], format: InputFormat = .auto, databasePath: String) throws -> BuildSummary {
        let reader = DocumentReader(format: format)
        let files = try reader.inputs(for: inputs)
        return try build(
            files, reader: reader, store: try GraphStore(path: databasePath, mode: .readWrite, busyTimeout: busyTimeout)
        )
    }

    private func build(_ files: [InputFile], reader: DocumentReader, store: GraphStore) throws -> BuildSummary {
        let start = Date()
        let vocabulary = try store.vocabulary()
        let extractor = try self.extractor.adding(vocabulary: vocabulary)
        let fingerprint = ExtractorFingerprint(
            extractor: self.extractor, vocabulary: vocabulary, keepsGenericConcepts: keepsGenericConcepts
        ).description
        let keepsGeneric = keepsGenericConcepts
        let annotate: @Sendable (Document) -> AnnotatedDocument = { document in
            let annotated = extractor.annotate(document)
            return keepsGeneric ? annotated : GenericConcepts.removingRelations(from: annotated)
        }
        let measures = measuresStages
        let jobs = max(1, jobs)
        let pipeline = OrderedParallelMap<BuildItem>(
            workers: jobs - 1, capacity: queueCapacity ?? max(1, batchSize) + max(64, 32 * jobs)
        ) { item in
            guard case .document(var pending) = item, !pending.isStoredUnchanged else { return item }
            if measures {
                var timings = ExtractionTimings()
                var annotated = extractor.annotate(pending.document, timings: &timings)
                if !keepsGeneric { annotated = GenericConcepts.removingRelations(from: annotated) }
                timings.lap(.extract)
                pending.version = DocumentVersion(annotated, inputHash: pending.inputHash)
                pending.timings = timings
            } else {
                pending.version = DocumentVersion(annotate(pending.document), inputHash: pending.inputHash)
            }
            return .document(pending)
        }
        defer { pipeline.stop() }
        pipeline.start(
            Self.reading(
                files, with: reader, databasePath: store.path, fingerprint: fingerprint, measuresTime: measures))
        var writer = BuildWriter(
            store: store, summary: BuildSummary(files: files.count), batchSize: batchSize,
            commitInterval: commitInterval, annotate: annotate)
        if measures { writer.timings = BuildTimings() }
        writer.progress = progress
        writer.progressInterval = progressInterval
        // Into an empty graph, the indexes only queries read are sorted once at the end.
        let defersIndexes = try store.isEmpty()
        if defersIndexes { try store.deferSecondaryIndexes() }
        do {
            try write(with: &writer, from: pipeline)
        } catch {
            // Interrupted: end at once; the next command that opens the file for writing restores them.
            if defersIndexes, !(error is BuildInterrupted) { try? store.restoreSecondaryIndexes() }
            throw error
        }
        let indexStart = ContinuousClock.now
        if defersIndexes { try store.restoreSecondaryIndexes() }
        var summary = writer.summary
        summary.timings = writer.timings
        summary.timings?.store += ContinuousClock.now - indexStart
        if let first = writer.firstSkipped {
            let count = writer.skippedAnnotations
            let more = count > 1 ? " (and \(count - 1) more like it)" : ""
            summary.notes.append("\(count) annotation(s) skipped: \(first)\(more)")
        }
        let statisticsStart = ContinuousClock.now
        summary.statistics = try store.statistics()
        summary.timings?.store += ContinuousClock.now - statisticsStart
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Runs the writer until the pipeline ends; when ``interruption`` is made, wakes the writer
    /// (it may be waiting for a document that a reader blocked on its input does not hand over)
    /// and throws ``BuildInterrupted`` instead of what the stopped stages throw.
    private func write(with writer: inout BuildWriter, from pipeline: OrderedParallelMap<BuildItem>) throws {
        guard let interruption else { return try writer.run(pipeline.next) }
        writer.isInterrupted = { interruption.signal != nil }
        do {
            try interruption.whileWaking(with: { pipeline.cancel() }) { try writer.run(pipeline.next) }
        } catch {
            guard interruption.signal != nil else { throw error }
        }
        if let signal = interruption.signal {
            throw BuildInterrupted(
                signal: signal, documentsRead: writer.summary.documentsRead, documentsStored: writer.committedStored)
        }
    }

    /// The reading stage: every file's documents in order, each with its input hash and whether
    /// that hash is stored (looked up on a read-only connection of its own), then the file's end
    /// with, when `measuresTime`, the time spent reading it (waits for room in the queue excluded).
    private static func reading(
        _ files: [InputFile], with reader: DocumentReader, databasePath: String, fingerprint: String,
        measuresTime: Bool
    ) -> @Sendable (_ emit: (BuildItem) throws -> Void) throws -> Void {
        { emit in
            let lookup = try GraphStore(path: databasePath, mode: .readOnly)
            for file in files {
                var skipped = 0
                var firstSkipped: ReadDiagnostic?
                let diagnostics: (ReadDiagnostic) -> Void = { diagnostic in
                    skipped += 1
                    if firstSkipped == nil { firstSkipped = diagnostic }
                }
                var readTime = Duration.zero
                var mark = ContinuousClock.now
                try reader.read(file, diagnostics: diagnostics) { document in
                    let inputHash = document.inputHash(extractorFingerprint: fingerprint)
                    let stored = try lookup.storedInputHash(documentID: document.id) == inputHash
                    if measuresTime { readTime += ContinuousClock.now - mark }
                    try emit(
                        .document(PendingDocument(document: document, inputHash: inputHash, isStoredUnchanged: stored)))
                    if measuresTime { mark = .now }
                }
                if measuresTime { readTime += ContinuousClock.now - mark }
                try emit(
                    .endOfFile(
                        skippedAnnotations: skipped, firstSkipped: firstSkipped, readTime: measuresTime ? readTime : nil
                    ))
            }
        }
    }

    /// Builds into `directory/graph.sqlite` and writes `graph.dot`, `graph.json` and, when Graphviz
    /// is installed, `graph.svg` beside it: `litgraph build --out DIR`.
    public func build(inputs: [String], format: InputFormat = .auto, outputDirectory: String) throws -> BuildSummary {
        let directory = URL(fileURLWithPath: outputDirectory)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.cannotWrite(path: outputDirectory, reason: error.localizedDescription)
        }
        let databasePath = directory.appendingPathComponent("graph.sqlite").path
        let reader = DocumentReader(format: format)
        let files = try reader.inputs(for: inputs)
        let store = try GraphStore(path: databasePath, mode: .readWrite, busyTimeout: busyTimeout)
        var summary = try build(files, reader: reader, store: store)
        if let signal = interruption?.signal {
            throw BuildInterrupted(
                signal: signal, documentsRead: summary.documentsRead, documentsStored: summary.added + summary.replaced)
        }
        let exports = GraphExports(graph: try store.graph(name: directory.lastPathComponent))
        summary.outputs.append(databasePath)
        let written = try exports.writeAll(to: directory)
        summary.outputs += written.files
        summary.notes += written.notes
        return summary
    }
}
