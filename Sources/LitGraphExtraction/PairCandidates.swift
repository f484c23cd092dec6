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
    /// Rule findings by pair of entity numbers (``pairKey(_:_:)``), for pairs of candidate entities.
    private(set) var rules: [Int: [ExtractedRelation]] = [:]
    /// Each entity's mentions, by entity number; an entity's first mention gives its ``Entity``.
    private(set) var mentions: [[Mention]] = []
    /// Entity numbers by identifier.
    private var numbers: [String: Int] = [:]
    /// Each sentence's candidate mentions, in text order, with their entity numbers.
    private var bySentence: [[(number: Int, mention: Mention)]] = []
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

    init(sentences: [SentenceMatches], titleLength: Int, rules: [ExtractedRelation], triggers: TriggerLexicon) {
        self.sentences = sentences
        self.titleLength = titleLength
        self.triggers = triggers
        bySentence = Array(repeating: [], count: sentences.count)
        for (position, sentence) in sentences.enumerated() {
            for match in sentence.matches
            where match.entity.isGrounded && Self.categories.contains(match.entity.category) {
                let mention = Mention(
                    entity: match.entity, sentence: position, match: match, span: sentence.span(of: match))
                let number = numbers[match.entity.id] ?? mentions.count
                if number == mentions.count {
                    numbers[match.entity.id] = number
                    mentions.append([])
                }
                mentions[number].append(mention)
                bySentence[position].append((number, mention))
            }
        }
        words = bySentence.indices.map { position in
            guard !bySentence[position].isEmpty else { return SentenceWords() }
            let tokens = sentences[position].tokens
            return SentenceWords(
                triggerEffects: tokens.map { triggers.entries(for: $0.lower).first?.sense.effect },
                isNegation: tokens.map { CueWords.negation.contains($0.lower) },
                isHedged: tokens.contains { CueWords.hedges.contains($0.lower) })
        }
        for rule in rules {
            guard let subject = numbers[rule.relation.subject.id], let object = numbers[rule.relation.object.id] else {
                continue
            }
            self.rules[Self.pairKey(subject, object), default: []].append(rule)
        }
        inTitle = mentions.map { named in named.contains { $0.span.start < titleLength } }
        var most: [EntityCategory: Int] = [:]
        for named in mentions { most[named[0].entity.category] = max(most[named[0].entity.category] ?? 0, named.count) }
        mostNamed = mentions.map { $0.count >= most[$0[0].entity.category] ?? 0 }
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
    /// sink from `makeSink` holding its features.
    func forEachCandidate<Sink: FeatureSink>(
        _ makeSink: () -> Sink, _ body: (Entity, Entity, PairOccurrence, Sink) -> Void
    ) {
        var coOccurrences: [Int: [CoOccurrence]] = [:]
        var pairs: [(Int, Int)] = []
        var listed = Set<Int>()
        for here in bySentence {
            for (index, first) in here.enumerated() {
                for second in here[(index + 1)...] where second.number != first.number {
                    let key = Self.pairKey(first.number, second.number)
                    if listed.insert(key).inserted { pairs.append((first.number, second.number)) }
                    coOccurrences[key, default: []].append(CoOccurrence(first: first.mention, second: second.mention))
                }
            }
        }
        for anchor in mentions.indices where isAnchor(anchor) {
            for other in mentions.indices where other != anchor && listed.insert(Self.pairKey(anchor, other)).inserted {
                pairs.append((anchor, other))
            }
        }
        for (one, other) in pairs {
            candidate(one, other, coOccurrences[Self.pairKey(one, other)] ?? [], makeSink, body)
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

    private func candidate<Sink: FeatureSink>(
        _ one: Int, _ other: Int, _ together: [CoOccurrence], _ makeSink: () -> Sink,
        _ body: (Entity, Entity, PairOccurrence, Sink) -> Void
    ) {
        let (first, second) = (mentions[one][0], mentions[other][0])
        let (subject, object) = Self.precedes(first, second) ? (one, other) : (other, one)
        let closest = together.min { $0.distance < $1.distance }
        let occurrence: PairOccurrence
        if let closest {
            occurrence = self.occurrence(closest, subject: mentions[subject][0].entity.id)
        } else {
            let titled = isAnchor(subject) ? subject : object
            let anchor = mentions[titled][0]
            guard
                let partner = mentions[titled == subject ? object : subject].first(where: {
                    $0.sentence != anchor.sentence
                }) ?? mentions[object].first
            else { return }
            occurrence = titleOccurrence(anchor: anchor, partner: partner, subject: mentions[subject][0].entity.id)
        }
        var sink = makeSink()
        features(subject, object, together: together, closest: closest, into: &sink)
        body(mentions[subject][0].entity, mentions[object][0].entity, occurrence, sink)
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
