import Foundation
public import LitGraphExtraction
import LitGraphModel
public import LitGraphReaders
import LitGraphStore

/// Reads inputs, extracts relations and stores them: `litgraph build`.
public struct GraphBuilder: Sendable {
    /// The extractor applied to every document.
    public let extractor: Extractor
    /// How many documents are written per batch inside a file's transaction.
    public var batchSize = 256
    /// Whether relations of ``GenericConcepts`` ("patients", "disease", "cells") are stored too
    /// (`build --keep-generic`); by default they are left out.
    public var keepsGenericConcepts = false
    /// Whether the build measures the time each stage takes (``BuildSummary/timings``,
    /// `build --timings`); off by default, since it reads a clock several times per sentence.
    public var measuresStages = false

    /// Creates a builder around an extractor.
    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// Builds (or updates) the graph database at `databasePath` from `inputs`.
    ///
    /// Every input is checked before anything is read (a missing file stops the build before the
    /// database is touched). Each file is then stored in one transaction: a file that fails to read
    /// leaves nothing of itself behind, and the error names it. Documents already stored with the
    /// same content are skipped; changed ones are replaced.
    /// - Throws: `ReadError` for a bad input, `StoreError` for a bad database.
    public func build(inputs: [String], format: InputFormat = .auto, databasePath: String) throws -> BuildSummary {
        let reader = DocumentReader(format: format)
        let files = try reader.inputs(for: inputs)
        return try build(files, reader: reader, store: try GraphStore(path: databasePath, mode: .readWrite))
    }

    private func build(_ files: [InputFile], reader: DocumentReader, store: GraphStore) throws -> BuildSummary {
        let start = Date()
        let extractor = try self.extractor.adding(vocabulary: store.vocabulary())
        var diagnostics: [ReadDiagnostic] = []
        var summary = BuildSummary(
            files: files.count, documentsRead: 0, added: 0, replaced: 0, unchanged: 0,
            statistics: GraphStatistics(documents: 0, sentences: 0, entities: 0, relations: 0, evidence: 0),
            seconds: 0, outputs: [], notes: []
        )
        var seen = Set<String>()
        var timings: BuildTimings? = measuresStages ? BuildTimings() : nil
        var mark = ContinuousClock.now
        for file in files {
            try store.transaction {
                var batch: [AnnotatedDocument] = []
                try reader.read(file, diagnostics: { diagnostics.append($0) }) { document in
                    timings?.lap(\.read, since: &mark)
                    summary.documentsRead += 1
                    if !seen.insert(document.id).inserted { summary.duplicates += 1 }
                    batch.append(annotate(document, with: extractor, timings: &timings, mark: &mark))
                    if batch.count >= batchSize {
                        try write(batch, to: store, into: &summary)
                        batch.removeAll(keepingCapacity: true)
                        timings?.lap(\.store, since: &mark)
                    }
                }
                timings?.lap(\.read, since: &mark)
                try write(batch, to: store, into: &summary)
            }
            timings?.lap(\.store, since: &mark)
        }
        if let first = diagnostics.first {
            let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more like it)" : ""
            summary.notes.append("\(diagnostics.count) annotation(s) skipped: \(first)\(more)")
        }
        summary.statistics = try store.statistics()
        timings?.lap(\.store, since: &mark)
        summary.timings = timings
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// One document annotated, generic concepts' relations removed unless kept; when `timings`
    /// is not `nil`, the time goes to its annotate and extract stages and `mark` moves to now.
    private func annotate(
        _ document: Document, with extractor: Extractor, timings: inout BuildTimings?,
        mark: inout ContinuousClock.Instant
    ) -> AnnotatedDocument {
        guard var measured = timings else {
            let annotated = extractor.annotate(document)
            return keepsGenericConcepts ? annotated : GenericConcepts.removingRelations(from: annotated)
        }
        var annotated = extractor.annotate(document, timings: &measured.extraction)
        if !keepsGenericConcepts { annotated = GenericConcepts.removingRelations(from: annotated) }
        measured.extraction.lap(.extract)
        timings = measured
        mark = .now
        return annotated
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
        let store = try GraphStore(path: databasePath, mode: .readWrite)
        var summary = try build(files, reader: reader, store: store)
        let exports = GraphExports(graph: try store.graph(name: directory.lastPathComponent))
        summary.outputs.append(databasePath)
        let written = try exports.writeAll(to: directory)
        summary.outputs += written.files
        summary.notes += written.notes
        return summary
    }

    private func write(_ batch: [AnnotatedDocument], to store: GraphStore, into summary: inout BuildSummary) throws {
        guard !batch.isEmpty else { return }
        let result = try store.write(batch)
        summary.added += result.added
        summary.replaced += result.replaced
        summary.unchanged += result.unchanged
    }
}
