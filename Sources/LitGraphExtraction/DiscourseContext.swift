import LitGraphModel

/// What earlier sentences of a document offer to a pronoun in a later one.
struct DiscourseContext: Sendable {
    /// The subjects of the previous sentence's relations, in order, each once.
    var previousSubjects: [Entity] = []
    /// The entities mentioned in the previous sentence, in order, each once.
    var previousMentions: [Entity] = []

    /// The entities "its" or "their" at the start of a sentence most likely refers to.
    var antecedents: [Entity] {
        if !previousSubjects.isEmpty { return previousSubjects }
        return previousMentions.first.map { [$0] } ?? []
    }

    /// Moves on to the next sentence, remembering what this one said.
    mutating func advance(subjects: [Entity], mentions: [Entity]) {
        previousSubjects = Self.unique(subjects)
        previousMentions = Self.unique(mentions)
    }

    private static func unique(_ entities: [Entity]) -> [Entity] {
        var seen = Set<String>()
        return entities.filter { seen.insert($0.id).inserted }
    }
}
