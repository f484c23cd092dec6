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
/// counted unchanged and only its new input hash is recorded. For the same reason the way the
/// fingerprint is computed may change with a release (its first field, `litgraph-extractor-2`,
/// names the way): such a release changes the installation digest, and so every fingerprint,
/// anyway.
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
        hasher.combine("litgraph-extractor-2")
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
        hasher.combine(Int(bitPattern: UInt(FingerprintHasher.value(of: model.weights))))
        description = hasher.hexDigest
    }

    /// Mixes in a lexicon's entities, hashed eight bytes at a time (``FingerprintHasher``): several
    /// times faster than byte by byte for the built-in lexicon's 180,000 entities.
    private static func combine(_ lexicon: Lexicon, into hasher: inout ContentHasher) {
        hasher.combine(lexicon.maximumTermLength)
        hasher.combine(lexicon.entities.count)
        var entities = FingerprintHasher()
        for entity in lexicon.entities {
            entities.combine(entity.id)
            entities.combine(entity.name)
            entities.combine(entity.category.rawValue)
        }
        hasher.combine(Int(bitPattern: UInt(entities.value)))
    }

    private static func combine(_ entity: Entity, into hasher: inout ContentHasher) {
        hasher.combine(entity.id)
        hasher.combine(entity.name)
        hasher.combine(entity.category.rawValue)
    }
}
