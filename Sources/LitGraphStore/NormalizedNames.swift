import LitGraphModel

/// What a write needs of a document's entities and names, prepared with its ``DocumentVersion``.
///
/// A build makes versions on the annotating threads, so this is done there rather than on the one
/// writer thread: the normalized forms (``Swift/String/normalizedEntityName``) of the mentions'
/// surface texts, which a write records as their entities' synonyms, and each entity and each name
/// at its first occurrence in the document, which are all a write looks at (a later one is always
/// skipped). Entities' own names stay with the writer: it normalizes one only at an entity's first
/// naming in a write call, and doing it for every naming here costs more in all.
struct NormalizedNames: Sendable {
    /// Of each mention's surface text, in mention order.
    let mentionTexts: [String]
    /// The entities the document names, each at its first naming: mentions' entities first, then
    /// relations' subjects and objects, in order.
    let namedEntities: [Entity]
    /// The mentions whose entity and normalized text (not empty) occur there first, in order.
    let firstNamingMentions: [Int]

    /// Mentions up to which names are told apart by a scan rather than a set.
    static let scannedMentions = 64

    /// The mention texts of `annotated`, normalized, and its entities and names at first occurrence.
    init(_ annotated: AnnotatedDocument) {
        let mentions = annotated.mentions
        let texts = mentions.map(\.text.normalizedEntityName)
        var entities = EntityList()
        // Each mention's entity as its place in `entities`: names compare places before texts.
        var places: [Int] = []
        places.reserveCapacity(mentions.count)
        for mention in mentions { places.append(entities.place(of: mention.entity)) }
        for extracted in annotated.relations {
            _ = entities.place(of: extracted.relation.subject)
            _ = entities.place(of: extracted.relation.object)
        }
        var first: [Int] = []
        if mentions.count <= Self.scannedMentions {
            for (index, text) in texts.enumerated()
            where !text.isEmpty && !first.contains(where: { places[$0] == places[index] && texts[$0] == text }) {
                first.append(index)
            }
        } else {
            var seen = Set<WrittenRows.EntityName>()
            for (index, text) in texts.enumerated()
            where !text.isEmpty
                && seen.insert(WrittenRows.EntityName(entityID: mentions[index].entity.id, normalized: text)).inserted
            {
                first.append(index)
            }
        }
        mentionTexts = texts
        namedEntities = entities.entities
        firstNamingMentions = first
    }
}

/// A document's distinct entities in order of first naming, found by identifier: by a scan while
/// they are few, by a dictionary past ``scanLimit``.
private struct EntityList {
    /// The most entities scanned.
    static let scanLimit = 16

    private(set) var entities: [Entity] = []
    private var identifiers: [String] = []
    private var places: [String: Int]?

    /// The place of `entity`'s identifier in ``entities``, appending it when it is new.
    mutating func place(of entity: Entity) -> Int {
        let id = entity.id
        if let places {
            if let place = places[id] { return place }
        } else if let place = identifiers.firstIndex(of: id) {
            return place
        }
        let place = entities.count
        entities.append(entity)
        identifiers.append(id)
        if places != nil {
            places?[id] = place
        } else if identifiers.count > Self.scanLimit {
            places = Dictionary(uniqueKeysWithValues: zip(identifiers, identifiers.indices))
        }
        return place
    }
}
