import Foundation
import LitGraphModel

/// Compiles the built-in lexicon from MeSH descriptors, MeSH supplementary concepts, HGNC genes and a
/// curated overlay, applying the ``LexiconRule``s.
///
/// Feed the sources with the `add…` methods (MeSH descriptors before supplementary concepts, whose
/// category comes from their mapped descriptors), then call ``compile()``. The output is
/// deterministic: the same inputs give the same bytes. When two concepts claim one key, the
/// term of lower rank wins (curated, then MeSH headings and HGNC symbols, entry terms and gene
/// names, supplementary names, aliases, previous symbols, supplementary synonyms); a tie between two
/// concepts drops the key (``LexiconRule/ambiguous``). The curated overlay replaces the name and
/// category of a concept it shares an identifier with, and adds concepts of its own.
public struct LexiconBuilder: Sendable {
    /// A concept with its terms, before filtering.
    struct Concept: Sendable {
        var id: String
        var name: String
        var category: EntityCategory
        var terms: [(text: String, source: LexiconTermSource)]
    }

    /// The concepts read so far, in input order.
    var concepts: [Concept] = []
    /// Concept positions by identifier.
    var conceptIndex: [String: Int] = [:]
    /// The category of every MeSH descriptor with a category tree, general ones included.
    var descriptorCategories: [String: EntityCategory] = [:]
    /// The curated overlay, applied by ``compile()``.
    var curated: [VocabularyEntry] = []
    /// The names (heading first, then entry terms) of the MeSH gene-product descriptors, which
    /// ``addHGNC(tsv:source:)`` gives to the gene each one names.
    var geneProductNames: [[String]] = []
    /// Concepts left out so far, by rule.
    var droppedConcepts: [LexiconRule: Int] = [:]
    /// Terms left out while reading a source (before compiling), by rule.
    var droppedTerms: [LexiconRule: Int] = [:]
    /// The filter applied.
    let filter: LexiconFilter

    /// Creates an empty builder.
    public init(filter: LexiconFilter = LexiconFilter()) {
        self.filter = filter
    }

    /// Adds a concept, unless one with the same identifier is already there.
    mutating func add(_ concept: Concept) {
        guard conceptIndex[concept.id] == nil else { return }
        conceptIndex[concept.id] = concepts.count
        concepts.append(concept)
    }

    /// The compiled lexicon (the format ``Lexicon/init(compiled:source:)`` reads) and what was filtered.
    public func compile() -> (text: String, report: LexiconBuildReport) {
        var report = LexiconBuildReport()
        report.droppedConcepts = droppedConcepts
        report.droppedTerms = droppedTerms
        let merged = mergedConcepts()
        var claims = LexiconKeyClaims()
        for (entityIndex, concept) in merged.enumerated() {
            for term in concept.terms {
                if let rule = claims.claim(term: term.text, source: term.source, entity: entityIndex, filter: filter) {
                    report.droppedTerms[rule, default: 0] += 1
                }
            }
        }
        let keys = claims.keysByEntity(count: merged.count)
        report.droppedTerms[.ambiguous, default: 0] += keys.ambiguous
        var body = ""
        var entities = 0
        for (index, concept) in merged.enumerated() {
            let folded = keys.folded[index].sorted()
            let exact = keys.exact[index].sorted()
            guard !folded.isEmpty || !exact.isEmpty else { continue }
            entities += 1
            report.foldedKeys += folded.count
            report.exactKeys += exact.count
            body += "\(concept.id)\t\(concept.name)\t\(concept.category.rawValue)\t"
            body += folded.joined(separator: "|") + "\t" + exact.joined(separator: "|") + "\n"
        }
        report.entities = entities
        let header = [
            Lexicon.compiledMagic, String(Lexicon.compiledVersion), String(entities), String(report.foldedKeys),
            String(report.exactKeys), String(claims.maximumWords),
        ]
        return (header.joined(separator: "\t") + "\n" + body, report)
    }

    /// The concepts with the curated overlay applied: curated-only concepts first, then the sources'.
    private func mergedConcepts() -> [Concept] {
        var merged = concepts
        var curatedOnly: [Concept] = []
        for entry in curated {
            let terms = ([entry.name] + entry.synonyms).map { (text: $0, source: LexiconTermSource.curated) }
            if let index = conceptIndex[entry.id] {
                merged[index].name = entry.name
                merged[index].category = entry.category
                merged[index].terms = terms + merged[index].terms
            } else {
                curatedOnly.append(Concept(id: entry.id, name: entry.name, category: entry.category, terms: terms))
            }
        }
        return curatedOnly + merged
    }
}
