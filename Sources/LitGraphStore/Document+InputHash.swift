public import LitGraphModel

extension Document {
    /// A deterministic 64-bit hash (16 hex digits) of the document as read — text, metadata, the
    /// annotations and relations the input carried — and of `extractorFingerprint`, which stands
    /// for everything else the annotation depends on (lexicon, models, options, LitGraph's build).
    ///
    /// A build stores it with the document (`documents.input_hash`) and skips, before annotating,
    /// a document whose input hash is already stored: the same input through the same extractor
    /// gives the same rows. `source` is left out, as in ``AnnotatedDocument/contentHash``, so the
    /// same file read through another path is unchanged.
    public func inputHash(extractorFingerprint: String) -> String {
        var hasher = ContentHasher()
        hasher.combine("litgraph-input-1")
        hasher.combine(extractorFingerprint)
        combine(into: &hasher)
        hasher.combine(annotations.count)
        for mention in annotations { mention.combine(into: &hasher) }
        hasher.combine(annotatedRelations.count)
        for relation in annotatedRelations {
            hasher.combine(relation.type)
            hasher.combine(relation.firstID)
            hasher.combine(relation.secondID)
            hasher.combine(relation.isNovel.map { $0 ? 1 : 0 })
        }
        return hasher.hexDigest
    }
}
