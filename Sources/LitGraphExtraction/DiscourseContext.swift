import LitGraphModel

/// What earlier sentences of a document offer to a pronoun in a later one.
struct DiscourseContext: Sendable {
    /// The subjects of the previous sentence's relations, in order, each once.
    var previousSubjects: [Entity] = []
    /// The entities mentioned in the previous sentence, in order, each once.
    var previousMentions: [Entity] = []
    /// The entities of the document's first sentence (its title when it has one): its topic.
    var topic: [Entity] = []
    /// How many sentences have been read.
    private var sentencesRead = 0

    /// The entities "its" or "their" at the start of a sentence most likely refers to.
    var antecedents: [Entity] {
        if !previousSubjects.isEmpty { return previousSubjects }
        return previousMentions.first.map { [$0] } ?? []
    }

    /// Moves on to the next sentence, remembering what this one said.
    ///
    /// The entities may be given as lazy views of a sentence's findings and matches: only the
    /// unique lists are made.
    mutating func advance(
        subjects: some Collection<Entity>, mentions: some Collection<Entity>
    ) {
        previousSubjects = Self.unique(subjects)
        previousMentions = Self.unique(mentions)
        if sentencesRead == 0 { topic = previousMentions }
        sentencesRead += 1
    }

    /// The one entity of the given categories a definite phrase ("this drug", "the compound")
    /// refers to: the previous sentence's subjects of those categories, else its only mention of
    /// them, else the topic's only entity of them; empty when none or it is ambiguous.
    func antecedents(in categories: Set<EntityCategory>) -> [Entity] {
        let subjects = previousSubjects.filter { categories.contains($0.category) }
        if !subjects.isEmpty { return subjects }
        let mentioned = previousMentions.filter { categories.contains($0.category) }
        if !mentioned.isEmpty { return mentioned.count == 1 ? mentioned : [] }
        let topical = topic.filter { categories.contains($0.category) }
        return topical.count == 1 ? topical : []
    }

    /// The entities, each identifier once, in order: a sentence names a handful, found by a scan;
    /// a long list by a set.
    private static func unique(_ entities: some Collection<Entity>) -> [Entity] {
        guard entities.count > 16 else {
            var kept: [Entity] = []
            kept.reserveCapacity(entities.count)
            for entity in entities where !kept.contains(where: { $0.id == entity.id }) { kept.append(entity) }
            return kept
        }
        var seen = Set<String>()
        return entities.filter { seen.insert($0.id).inserted }
    }
}
