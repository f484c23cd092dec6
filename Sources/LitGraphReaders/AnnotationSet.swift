import LitGraphModel

/// The mentions and relations of one annotated document as they are collected, with the map from
/// the corpus's raw identifiers to CURIEs that relation lines need.
///
/// Relations name entities by the raw identifiers of the mention lines (`D003409`, `6528`,
/// `c|DEL|1314_1328|`), so each is normalised with the category of a mention that carried it.
/// A relation naming several identifiers (`D017180|D014693`) becomes one relation per pair.
struct AnnotationSet {
    /// The mentions kept, in the order added.
    private(set) var mentions: [Mention] = []
    /// The relations, in the order added.
    private(set) var relations: [DocumentRelation] = []
    private var curiesByRawID: [String: [String]] = [:]

    /// Adds one mention per identifier in `identifier` over `span` (an ungrounded one when it has
    /// none); `text` is the document text over `span`.
    mutating func addMention(span: TextSpan, text: String, type: String, identifier: String) {
        let category = AnnotationIdentifiers.category(forType: type)
        var curies: [String] = []
        for part in AnnotationIdentifiers.components(of: identifier, category: category) {
            guard let curie = AnnotationIdentifiers.curie(for: part, category: category) else { continue }
            if curiesByRawID[part] == nil { curiesByRawID[part] = [curie] }
            if !curies.contains(curie) { curies.append(curie) }
        }
        let raw = identifier.trimmingSpaces
        if curiesByRawID[raw] == nil, !curies.isEmpty { curiesByRawID[raw] = curies }
        if curies.isEmpty { curies = [Entity.localIdentifier(for: text)] }
        for curie in curies {
            let entity = Entity(id: curie, name: text, category: category ?? .other)
            mentions.append(Mention(entity: entity, span: span, text: text))
        }
    }

    /// Adds the relation `type` between the entities named `first` and `second` (raw identifiers).
    mutating func addRelation(type: String, first: String, second: String, novel: String?) {
        let isNovel = Self.novelty(novel)
        for firstID in curies(forRelationID: first) {
            for secondID in curies(forRelationID: second) {
                relations.append(
                    DocumentRelation(type: type, firstID: firstID, secondID: secondID, isNovel: isNovel))
            }
        }
    }

    /// The CURIEs a relation's raw identifier stands for, using the mentions' categories.
    func curies(forRelationID raw: String) -> [String] {
        let trimmed = raw.trimmingSpaces
        if let known = curiesByRawID[trimmed] { return known }
        var result: [String] = []
        for part in AnnotationIdentifiers.components(of: trimmed, category: nil) {
            let curies =
                curiesByRawID[part] ?? AnnotationIdentifiers.curie(for: part, category: nil).map { [$0] } ?? []
            for curie in curies where !result.contains(curie) { result.append(curie) }
        }
        return result
    }

    /// The mentions sorted into text order (by span, then identifier) for ``Document/annotations``.
    var sortedMentions: [Mention] {
        mentions.enumerated().sorted { left, right in
            if left.element.span != right.element.span { return left.element.span < right.element.span }
            if left.element.entity.id != right.element.entity.id {
                return left.element.entity.id < right.element.entity.id
            }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// Reads a novelty flag: BioRED writes `Novel`/`No`, others `yes`/`no` or `true`/`false`.
    static func novelty(_ value: String?) -> Bool? {
        switch value?.trimmingSpaces.lowercased() {
        case "novel", "yes", "true", "1": true
        case "no", "false", "0": false
        default: nil
        }
    }
}
