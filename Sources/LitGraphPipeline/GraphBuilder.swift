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
        let vocabulary = try store.vocabulary()
        let extractor = try self.extractor.adding(vocabulary: vocabulary)
        let fingerprint = ExtractorFingerprint(
            extractor: self.extractor, vocabulary: vocabulary, keepsGenericConcepts: keepsGenericConcepts
        ).description
        var diagnostics: [ReadDiagnostic] = []
        var summary = BuildSummary(
            files: files.count, documentsRead: 0, added: 0, replaced: 0, unchanged: 0,
            statistics: GraphStatistics(documents: 0, sentences: 0, entities: 0, relations: 0, evidence: 0),
            seconds: 0, outputs: [], notes: []
        )
        var seen = Set<String>()
        for file in files {
            try store.transaction {
                var batch = Batch()
                try reader.read(file, diagnostics: { diagnostics.append($0) }) { document in
                    summary.documentsRead += 1
                    if !seen.insert(document.id).inserted { summary.duplicates += 1 }
                    let inputHash = document.inputHash(extractorFingerprint: fingerprint)
                    // An earlier version of this document may wait in the batch: write it first.
                    if batch.identifiers.contains(document.id) { try write(&batch, to: store, into: &summary) }
                    if try store.storedInputHash(documentID: document.id) == inputHash {
                        summary.unchanged += 1
                        return
                    }
                    summary.annotated += 1
                    batch.append(DocumentVersion(annotate(document, with: extractor), inputHash: inputHash))
                    if batch.versions.count >= batchSize { try write(&batch, to: store, into: &summary) }
                }
                try write(&batch, to: store, into: &summary)
            }
        }
        if let first = diagnostics.first {
            let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more like it)" : ""
            summary.notes.append("\(diagnostics.count) annotation(s) skipped: \(first)\(more)")
        }
        summary.statistics = try store.statistics()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// One document annotated, generic concepts' relations removed unless they are kept.
    private func annotate(_ document: Document, with extractor: Extractor) -> AnnotatedDocument {
        let annotated = extractor.annotate(document)
        return keepsGenericConcepts ? annotated : GenericConcepts.removingRelations(from: annotated)
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

    /// Documents annotated and waiting to be written together.
    private struct Batch {
        var versions: [DocumentVersion] = []
        var identifiers = Set<String>()

        mutating func append(_ version: DocumentVersion) {
            versions.append(version)
            identifiers.insert(version.annotated.document.id)
        }
    }

    private func write(_ batch: inout Batch, to store: GraphStore, into summary: inout BuildSummary) throws {
        guard !batch.versions.isEmpty else { return }
        let result = try store.write(batch.versions)
        summary.added += result.added
        summary.replaced += result.replaced
        summary.unchanged += result.unchanged
        batch = Batch()
    }
}
