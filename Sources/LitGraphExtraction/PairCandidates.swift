import LitGraphModel

/// The candidate pairs of one document for the relation model, with their features.
///
/// Candidates are pairs of distinct grounded entities of the kinds annotated corpora relate
/// (chemicals, genes, variants and diseases: the categories the model is trained on; LitGraph's
/// phenotypes, such as "mood" or "psychological resilience", are not among them) that share a
/// sentence, or of which one is
/// named in the title: the title states the topic, and an abstract relates it to what it names.
/// Features describe the pair (its types; how often, where and how close the two are named; the
/// words and trigger senses between them; negation and hedging; what the rules found between them).
struct PairCandidates {
    /// One mention of a candidate entity.
    struct Mention {
        let entity: Entity
        let sentence: Int
        let match: EntityRecognizer.Match
        let span: TextSpan
    }

    /// Two mentions in one sentence.
    struct CoOccurrence {
        let first: Mention
        let second: Mention
        /// Tokens between the two mentions.
        var distance: Int { second.match.tokens.lowerBound - first.match.tokens.upperBound }
    }

    let sentences: [SentenceMatches]
    let titleLength: Int
    let triggers: TriggerLexicon
    /// Rule findings by unordered identifier pair.
    let rules: [Set<String>: [ExtractedRelation]]
    private(set) var mentions: [String: [Mention]] = [:]
    private var order: [String] = []
    /// Each sentence's candidate mentions, in text order.
    private var bySentence: [[Mention]] = []

    /// The categories candidates are drawn from: those the training corpora annotate.
    ///
    /// Phenotypes were measured on the development splits both ways: leaving them out raised
    /// end-to-end pair F1.
    static let categories: Set<EntityCategory> = [.chemical, .geneOrProtein, .sequenceVariant, .disease]

    init(sentences: [SentenceMatches], titleLength: Int, rules: [ExtractedRelation], triggers: TriggerLexicon) {
        self.sentences = sentences
        self.titleLength = titleLength
        self.triggers = triggers
        var byPair: [Set<String>: [ExtractedRelation]] = [:]
        for rule in rules { byPair[[rule.relation.subject.id, rule.relation.object.id], default: []].append(rule) }
        self.rules = byPair
        bySentence = Array(repeating: [], count: sentences.count)
        for (position, sentence) in sentences.enumerated() {
            for match in sentence.matches
            where match.entity.isGrounded && Self.categories.contains(match.entity.category) {
                let mention = Mention(
                    entity: match.entity, sentence: position, match: match, span: sentence.span(of: match))
                if mentions[match.entity.id] == nil { order.append(match.entity.id) }
                mentions[match.entity.id, default: []].append(mention)
                bySentence[position].append(mention)
            }
        }
    }

    /// The candidates, in the order their first entity is first named.
    func candidates() -> [PairCandidate] {
        var coOccurrences: [Set<String>: [CoOccurrence]] = [:]
        var pairs: [(String, String)] = []
        var listed = Set<Set<String>>()
        for here in bySentence {
            for (index, first) in here.enumerated() {
                for second in here[(index + 1)...] where second.entity.id != first.entity.id {
                    let key: Set<String> = [first.entity.id, second.entity.id]
                    if listed.insert(key).inserted { pairs.append((first.entity.id, second.entity.id)) }
                    coOccurrences[key, default: []].append(CoOccurrence(first: first, second: second))
                }
            }
        }
        for anchor in order where isAnchor(anchor) {
            for other in order where other != anchor && listed.insert([anchor, other]).inserted {
                pairs.append((anchor, other))
            }
        }
        return pairs.compactMap { candidate($0.0, $0.1, coOccurrences[[$0.0, $0.1]] ?? []) }
    }

    /// Whether an entity is paired with every other one in the document: it is named in the title,
    /// or it is the document's focus in its category (named more than once, and at least as often
    /// as any other entity of the category).
    func isAnchor(_ id: String) -> Bool {
        guard !isInTitle(id) else { return true }
        guard let named = mentions[id], named.count > 1, let entity = named.first?.entity else { return false }
        return isMostNamed(entity)
    }

    /// Whether an entity is named in the title.
    func isInTitle(_ id: String) -> Bool {
        (mentions[id] ?? []).contains { $0.span.start < titleLength }
    }

    private func candidate(_ one: String, _ other: String, _ together: [CoOccurrence]) -> PairCandidate? {
        guard let first = mentions[one]?.first, let second = mentions[other]?.first else { return nil }
        let (subject, object) = Self.precedes(first, second) ? (first, second) : (second, first)
        let closest = together.min { $0.distance < $1.distance }
        let occurrence: PairOccurrence
        if let closest {
            occurrence = self.occurrence(closest, subject: subject.entity.id)
        } else {
            let titled = isAnchor(subject.entity.id) ? subject.entity.id : object.entity.id
            guard let anchor = mentions[titled]?.first,
                let partner = mentions[titled == subject.entity.id ? object.entity.id : subject.entity.id]?
                    .first(where: { $0.sentence != anchor.sentence }) ?? mentions[object.entity.id]?.first
            else { return nil }
            occurrence = titleOccurrence(anchor: anchor, partner: partner, subject: subject.entity.id)
        }
        return PairCandidate(
            subject: subject.entity, object: object.entity,
            features: features(subject.entity, object.entity, together: together, closest: closest),
            occurrence: occurrence)
    }

    /// Whether `first`'s entity is the subject: by category (chemical, gene, variant, disease),
    /// then by which is named first.
    static func precedes(_ first: Mention, _ second: Mention) -> Bool {
        let rank = { (category: EntityCategory) -> Int in
            switch category {
            case .chemical: 0
            case .geneOrProtein: 1
            case .sequenceVariant: 2
            default: 3
            }
        }
        let (a, b) = (rank(first.entity.category), rank(second.entity.category))
        return a != b ? a < b : first.span < second.span
    }
}
