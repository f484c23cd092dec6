public import LitGraphModel

extension AnnotatedDocument {
    /// A deterministic 64-bit hash (16 hex digits) of everything in the document: text, metadata,
    /// sentences, mentions and relations with their evidence.
    ///
    /// The store skips a document whose hash is unchanged, so a changed extractor output (even with
    /// the same text) replaces the stored evidence. Stable across processes and platforms.
    public var contentHash: String {
        var hasher = ContentHasher()
        document.combine(into: &hasher)
        hasher.combine(sentences.count)
        for sentence in sentences {
            hasher.combine(sentence.index)
            sentence.span.combine(into: &hasher)
            hasher.combine(sentence.text)
        }
        hasher.combine(mentions.count)
        for mention in mentions { mention.combine(into: &hasher) }
        hasher.combine(relations.count)
        for extracted in relations {
            extracted.relation.combine(into: &hasher)
            extracted.evidence.combine(into: &hasher)
        }
        return hasher.hexDigest
    }
}

extension Document {
    /// Mixes the fields into `hasher`, each with its length or presence, so boundaries are unambiguous.
    func combine(into hasher: inout ContentHasher) {
        hasher.combine(id)
        hasher.combine(pmid)
        hasher.combine(title)
        hasher.combine(abstract)
        hasher.combine(sections.count)
        for section in sections {
            hasher.combine(section.label)
            hasher.combine(section.text)
        }
        hasher.combine(journal)
        hasher.combine(year)
        hasher.combine(meshHeadings.count)
        for heading in meshHeadings {
            hasher.combine(heading.descriptorID)
            hasher.combine(heading.name)
            hasher.combine(heading.isMajorTopic)
        }
        hasher.combine(publicationTypes.count)
        for type in publicationTypes { hasher.combine(type) }
        // `source` is left out on purpose: the same file read through another path is unchanged.
    }
}

extension TextSpan {
    /// Mixes the fields into `hasher`, each with its length or presence, so boundaries are unambiguous.
    func combine(into hasher: inout ContentHasher) {
        hasher.combine(start)
        hasher.combine(end)
    }
}

extension Entity {
    /// Mixes the fields into `hasher`, each with its length or presence, so boundaries are unambiguous.
    func combine(into hasher: inout ContentHasher) {
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(category.rawValue)
    }
}

extension Mention {
    /// Mixes the entity, span and text into `hasher`.
    func combine(into hasher: inout ContentHasher) {
        entity.combine(into: &hasher)
        span.combine(into: &hasher)
        hasher.combine(text)
    }
}

extension Relation {
    fileprivate func combine(into hasher: inout ContentHasher) {
        subject.combine(into: &hasher)
        hasher.combine(predicate.rawValue)
        hasher.combine(polarity.rawValue)
        object.combine(into: &hasher)
    }
}

extension Evidence {
    fileprivate func combine(into hasher: inout ContentHasher) {
        hasher.combine(documentID)
        hasher.combine(sentenceIndex)
        hasher.combine(sentenceText)
        subjectSpan.combine(into: &hasher)
        triggerSpan.combine(into: &hasher)
        objectSpan.combine(into: &hasher)
        hasher.combine(trigger)
        hasher.combine(rule)
        hasher.combine(isNegated)
        hasher.combine(isHedged)
        // Mixed in only when present, so documents found by rules keep the hashes they had.
        if let confidence { hasher.combine(Int(bitPattern: UInt(confidence.bitPattern))) }
        // Likewise only when set, so documents without comparisons keep their hashes.
        if isComparison { hasher.combine("comparison") }
    }
}
