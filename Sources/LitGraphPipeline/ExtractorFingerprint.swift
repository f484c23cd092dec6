import Foundation
public import LitGraphExtraction
public import LitGraphModel
import LitGraphStore

/// Everything a document's annotation depends on besides the document, as 16 hex digits: mixed
/// into each document's input hash, so that a build skips a stored document only when the same
/// input would go through the same extractor.
///
/// It covers the lexicon's entities, the user's vocabulary, the ortholog table, the relation
/// model, the entity source and whether generic concepts' relations are kept, and
/// ``installation``: the LitGraph executable and the resource files installed beside it (the
/// built-in lexicon, ortholog table and relation model). LitGraph's extraction version is thus
/// the executable itself: any new release or rebuild of LitGraph re-annotates every document
/// once. That costs time, never correctness; a document whose rows come out the same is then
/// counted unchanged and only its new input hash is recorded.
public struct ExtractorFingerprint: Sendable, Hashable, CustomStringConvertible {
    /// The fingerprint as 16 lowercase hexadecimal digits.
    public let description: String

    /// The fingerprint of `extractor` with the user's `vocabulary` (see ``GraphBuilder``), under
    /// `installation` (by default this process's executable and resources).
    ///
    /// Complexity: linear in the size of the lexicon and the models (a few milliseconds for the
    /// built-in ones).
    public init(
        extractor: Extractor, vocabulary: [VocabularyEntry], keepsGenericConcepts: Bool,
        installation: String = Self.installation
    ) {
        var hasher = ContentHasher()
        hasher.combine("litgraph-extractor-1")
        hasher.combine(installation)
        hasher.combine(extractor.entitySource.rawValue)
        hasher.combine(keepsGenericConcepts)
        Self.combine(extractor.lexicon, into: &hasher)
        hasher.combine(extractor.vocabulary != nil)
        if let lexicon = extractor.vocabulary { Self.combine(lexicon, into: &hasher) }
        hasher.combine(vocabulary.count)
        for entry in vocabulary {
            hasher.combine(entry.id)
            hasher.combine(entry.name)
            hasher.combine(entry.category.rawValue)
            hasher.combine(entry.synonyms.count)
            for synonym in entry.synonyms { hasher.combine(synonym) }
        }
        hasher.combine(extractor.orthologs.entries.count)
        for entry in extractor.orthologs.entries {
            hasher.combine(entry.humanID)
            hasher.combine(entry.species.rawValue)
            Self.combine(entry.entity, into: &hasher)
            hasher.combine(entry.support)
        }
        let model = extractor.relationModel
        hasher.combine(Int(bitPattern: UInt(model.threshold.bitPattern)))
        hasher.combine(model.weights.count)
        for feature in model.weights.keys.sorted() {
            hasher.combine(feature)
            for weight in model.weights[feature] ?? [] { hasher.combine(Int(bitPattern: UInt(weight.bitPattern))) }
        }
        description = hasher.hexDigest
    }

    private static func combine(_ lexicon: Lexicon, into hasher: inout ContentHasher) {
        hasher.combine(lexicon.maximumTermLength)
        hasher.combine(lexicon.entities.count)
        for entity in lexicon.entities { combine(entity, into: &hasher) }
    }

    private static func combine(_ entity: Entity, into hasher: inout ContentHasher) {
        hasher.combine(entity.id)
        hasher.combine(entity.name)
        hasher.combine(entity.category.rawValue)
    }
}
