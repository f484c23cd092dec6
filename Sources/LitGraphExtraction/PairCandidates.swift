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
///
/// Entities are numbered in the order they are first named, and pairs are keyed by those numbers,
/// so finding the pairs hashes no identifier strings.
struct PairCandidates {
    /// One mention of a candidate entity: which entity (its number) and where.
    ///
    /// It holds no string, so mentions and pairs of them are copied without reference counting.
    struct Mention {
        /// The entity's number.
        let number: Int
        let sentence: Int
        /// The tokens covered, in the sentence.
        let tokens: Range<Int>
        let span: TextSpan
    }

    /// Two mentions in one sentence.
    struct CoOccurrence {
        let first: Mention
        let second: Mention
        /// Tokens between the two mentions.
        var distance: Int { second.tokens.lowerBound - first.tokens.upperBound }
    }

    let sentences: [SentenceMatches]
    let titleLength: Int
    let triggers: TriggerLexicon
    /// Rule findings by pair of entity numbers (``pairKey(_:_:)``), for pairs of candidate entities.
    private(set) var rules: [Int: [ExtractedRelation]] = [:]
    /// Each entity, by number: as its first mention names it.
    private(set) var entities: [Entity] = []
    /// Each entity's mentions, by entity number.
    private(set) var mentions: [[Mention]] = []
    /// Each sentence's candidate mentions, in text order.
    private var bySentence: [[Mention]] = []
    /// Whether each entity is named in the title.
    private var inTitle: [Bool] = []
    /// Whether each entity is named at least as often as any other entity of its category.
    private var mostNamed: [Bool] = []
    /// What the features read of each word of the sentences that name candidates, looked up once
    /// per sentence rather than once per pair; empty for the other sentences.
    private(set) var words: [SentenceWords] = []

    /// The cue words and triggers of one sentence's tokens.
    struct SentenceWords {
        /// Each token's first trigger sense's effect; `nil` for a word that is no trigger.
        var triggerEffects: [TriggerSense.Effect?] = []
        /// Whether each token is a negation word.
        var isNegation: [Bool] = []
        /// Whether the sentence holds a hedge.
        var isHedged = false
    }

    /// The categories candidates are drawn from: those the training corpora annotate.
    ///
    /// Phenotypes were measured on the development splits both ways: leaving them out raised
    /// end-to-end pair F1.
    static let categories: Set<EntityCategory> = [.chemical, .geneOrProtein, .sequenceVariant, .disease]

    /// A candidate category's position in ``categories``' ranking (chemical, gene, variant,
    /// disease); `nil` for the other categories.
    ///
    /// A switch, where the set would hash the category.
    static func position(of category: EntityCategory) -> Int? {
        switch category {
        case .chemical: 0
        case .geneOrProtein: 1
        case .sequenceVariant: 2
        case .disease: 3
        default: nil
        }
    }

    init(sentences: [SentenceMatches], titleLength: Int, rules: [ExtractedRelation], triggers: TriggerLexicon) {
        self.sentences = sentences
        self.titleLength = titleLength
        self.triggers = triggers
        bySentence = Array(repeating: [], count: sentences.count)
        var numbers = EntityNumbers()
        for (position, sentence) in sentences.enumerated() {
            for match in sentence.matches
            where Self.position(of: match.entity.category) != nil && match.entity.isGrounded {
                let number = numbers.number(of: match.entity.id) ?? entities.count
                if number == entities.count {
                    numbers.add(match.entity.id)
                    entities.append(match.entity)
                    mentions.append([])
                }
                let mention = Mention(
                    number: number, sentence: position, tokens: match.tokens, span: sentence.span(of: match))
                mentions[number].append(mention)
                bySentence[position].append(mention)
            }
        }
        words = bySentence.indices.map { position in
            bySentence[position].isEmpty ? SentenceWords() : Self.words(of: sentences[position].tokens, triggers)
        }
        for rule in rules {
            guard let subject = numbers.number(of: rule.relation.subject.id),
                let object = numbers.number(of: rule.relation.object.id)
            else {
                continue
            }
            self.rules[Self.pairKey(subject, object), default: []].append(rule)
        }
        inTitle = mentions.map { named in named.contains { $0.span.start < titleLength } }
        // The most mentions of an entity, per candidate category (by its position).
        var most = [0, 0, 0, 0]
        for (number, named) in mentions.enumerated() {
            let position = Self.position(of: entities[number].category) ?? 0
            most[position] = max(most[position], named.count)
        }
        mostNamed = mentions.indices.map { mentions[$0].count >= most[Self.position(of: entities[$0].category) ?? 0] }
    }

    /// The cue words and triggers of a sentence's tokens, each word looked up once.
    private static func words(of tokens: [Token], _ triggers: TriggerLexicon) -> SentenceWords {
        var words = SentenceWords()
        words.triggerEffects.reserveCapacity(tokens.count)
        words.isNegation.reserveCapacity(tokens.count)
        // Each token's word is read in place: a copied token retains and releases its two strings.
        for index in tokens.indices {
            let cues = triggers.cues(for: tokens[index].lower)
            words.triggerEffects.append(cues.effect)
            words.isNegation.append(cues.isNegation)
            if cues.isHedge { words.isHedged = true }
        }
        return words
    }

    /// The key of an unordered pair of entity numbers.
    func pairKey(_ one: Int, _ other: Int) -> Int { Self.pairKey(one, other) }

    private static func pairKey(_ one: Int, _ other: Int) -> Int {
        min(one, other) << 32 | max(one, other)
    }

    /// The candidates, in the order their first entity is first named.
    func candidates() -> [PairCandidate] {
        var candidates: [PairCandidate] = []
        forEachCandidate(FeatureList.init) { subject, object, occurrence, features in
            candidates.append(
                PairCandidate(subject: subject, object: object, features: features.names, occurrence: occurrence))
        }
        return candidates
    }

    /// Calls `body` with each candidate in order: its subject, object and evidence place, and a
    /// sink holding its features.
    ///
    /// One sink from `makeSink` serves every candidate: emptied (``FeatureSink/removeAll()``)
    /// before each, so its storage is allocated once per document rather than once per pair.
    func forEachCandidate<Sink: FeatureSink>(
        _ makeSink: () -> Sink, _ body: (Entity, Entity, PairOccurrence, Sink) -> Void
    ) {
        var sink: Sink? = nil
        // Pairs in the order first listed, each with its co-occurrences (PairTable).
        var table = PairTable<CoOccurrence>(entityCount: mentions.count)
        for here in bySentence {
            for (index, first) in here.enumerated() {
                for second in here[(index + 1)...] where second.number != first.number {
                    table.add(CoOccurrence(first: first, second: second), to: first.number, second.number)
                }
            }
        }
        for anchor in mentions.indices where isAnchor(anchor) {
            for other in mentions.indices where other != anchor { table.list(anchor, other) }
        }
        for position in table.pairs.indices {
            let (one, other) = table.pairs[position]
            candidate(one, other, table.items[position], sink: &sink, makeSink, body)
        }
    }

    /// Whether an entity is paired with every other one in the document: it is named in the title,
    /// or it is the document's focus in its category (named more than once, and at least as often
    /// as any other entity of the category).
    func isAnchor(_ number: Int) -> Bool {
        inTitle[number] || (mentions[number].count > 1 && mostNamed[number])
    }

    /// Whether an entity is named in the title.
    func isInTitle(_ number: Int) -> Bool { inTitle[number] }

    /// Whether an entity is named at least as often as any other of its category.
    func isMostNamed(_ number: Int) -> Bool { mostNamed[number] }

    /// Writes one candidate's features to `sink` (made by `makeSink` when `nil`, else emptied) and
    /// calls `body` with it.
    private func candidate<Sink: FeatureSink>(
        _ one: Int, _ other: Int, _ together: [CoOccurrence], sink: inout Sink?, _ makeSink: () -> Sink,
        _ body: (Entity, Entity, PairOccurrence, Sink) -> Void
    ) {
        let (subject, object) = precedes(one, other) ? (one, other) : (other, one)
        var closest: CoOccurrence? = nil
        for pair in together where closest.map({ pair.distance < $0.distance }) ?? true { closest = pair }
        let occurrence: PairOccurrence
        if let closest {
            occurrence = self.occurrence(closest, subject: subject)
        } else {
            let titled = isAnchor(subject) ? subject : object
            let anchor = mentions[titled][0]
            guard
                let partner = mentions[titled == subject ? object : subject].first(where: {
                    $0.sentence != anchor.sentence
                }) ?? mentions[object].first
            else { return }
            occurrence = titleOccurrence(anchor: anchor, partner: partner, subject: subject)
        }
        var features = sink.take() ?? makeSink()
        features.removeAll()
        self.features(subject, object, together: together, closest: closest, into: &features)
        body(entities[subject], entities[object], occurrence, features)
        sink = features
    }

    /// Whether entity `one` is the subject of a pair with `other`: by category (chemical, gene,
    /// variant, disease), then by which is named first.
    func precedes(_ one: Int, _ other: Int) -> Bool {
        let rank = { (category: EntityCategory) -> Int in
            switch category {
            case .chemical: 0
            case .geneOrProtein: 1
            case .sequenceVariant: 2
            default: 3
            }
        }
        let (a, b) = (rank(entities[one].category), rank(entities[other].category))
        return a != b ? a < b : mentions[one][0].span < mentions[other][0].span
    }
}
