import LitGraphModel

extension PairCandidates {
    /// The evidence place of two mentions in one sentence.
    func occurrence(_ pair: CoOccurrence, subject: String) -> PairOccurrence {
        let sentence = sentences[pair.first.sentence]
        let between = sentence.tokens[pair.first.match.tokens.upperBound..<pair.second.match.tokens.lowerBound]
        let trigger = between.first { !triggers.entries(for: $0.lower).isEmpty }
        let (subjectMention, objectMention) =
            pair.first.entity.id == subject ? (pair.first, pair.second) : (pair.second, pair.first)
        return PairOccurrence(
            sentence: sentence.sentence, subjectSpan: subjectMention.span, objectSpan: objectMention.span,
            triggerSpan: trigger?.span ?? TextSpan(start: pair.first.span.end, end: pair.first.span.end),
            trigger: trigger?.text ?? "",
            isNegated: between.contains { CueWords.negation.contains($0.lower) },
            isHedged: sentence.tokens.contains { CueWords.hedges.contains($0.lower) },
            crossesSentences: false)
    }

    /// The evidence place of a pair joined through the title: the partner's sentence.
    func titleOccurrence(anchor: Mention, partner: Mention, subject: String) -> PairOccurrence {
        let sentence = sentences[partner.sentence]
        let (subjectSpan, objectSpan) =
            anchor.entity.id == subject ? (anchor.span, partner.span) : (partner.span, anchor.span)
        return PairOccurrence(
            sentence: sentence.sentence, subjectSpan: subjectSpan, objectSpan: objectSpan,
            triggerSpan: TextSpan(start: partner.span.end, end: partner.span.end), trigger: "",
            isNegated: false, isHedged: sentence.tokens.contains { CueWords.hedges.contains($0.lower) },
            crossesSentences: true)
    }

    /// The features of a pair.
    func features(_ subject: Entity, _ object: Entity, together: [CoOccurrence], closest: CoOccurrence?)
        -> [String]
    {
        var features = FeatureList()
        let types = "t=" + [subject.category.rawValue, object.category.rawValue].sorted().joined(separator: "|")
        features.add("bias")
        features.add(types)
        let count = together.count
        let coOccurrence = count == 0 ? "0" : count == 1 ? "1" : count == 2 ? "2" : "3+"
        features.add("cooc=\(coOccurrence)", conjoinedWith: types)
        let titled = [subject.id, object.id].filter(isInTitle).count
        features.add("title=\(["none", "one", "both"][titled])", conjoinedWith: types)
        let counts = [subject.id, object.id].map { mentions[$0]?.count ?? 0 }.sorted()
        features.add("fmin=\(Self.bucket(counts[0]))")
        features.add("fmax=\(Self.bucket(counts[1]))")
        let top = [subject, object].filter(isMostNamed).count
        features.add("top=\(["none", "one", "both"][top])", conjoinedWith: types)
        addRuleFeatures(&features, subject.id, object.id, types: types)
        let lists = together.filter(isListed).count
        if lists > 0 { features.add("list=\(lists == count ? "all" : "some")", conjoinedWith: types) }
        for pair in together { addTriggerFeatures(&features, pair, prefix: "any", types: types) }
        if let closest { addContextFeatures(&features, closest, types: types) }
        return features.names
    }

    /// Whether an entity is named at least as often as any other of its category.
    func isMostNamed(_ entity: Entity) -> Bool {
        let count = mentions[entity.id]?.count ?? 0
        return !mentions.values.contains { $0.first?.entity.category == entity.category && $0.count > count }
    }

    private func addRuleFeatures(_ features: inout FeatureList, _ one: String, _ other: String, types: String) {
        guard let found = rules[[one, other]], !found.isEmpty else { return }
        features.add("rule")
        for relation in found {
            features.add("rule=\(relation.relation.predicate.rawValue)")
            features.add("rulepol=\(relation.relation.polarity.rawValue)", conjoinedWith: types)
        }
        if found.allSatisfy(\.evidence.isNegated) { features.add("ruleneg") }
        if found.contains(where: \.evidence.isHedged) { features.add("rulehedge") }
    }

    private func addTriggerFeatures(_ features: inout FeatureList, _ pair: CoOccurrence, prefix: String, types: String)
    {
        let tokens = sentences[pair.first.sentence].tokens
        for token in tokens[pair.first.match.tokens.upperBound..<pair.second.match.tokens.lowerBound] {
            guard let sense = triggers.entries(for: token.lower).first?.sense else { continue }
            features.add("\(prefix)trig=\(sense.effect)", conjoinedWith: types)
        }
    }

    private func addContextFeatures(_ features: inout FeatureList, _ pair: CoOccurrence, types: String) {
        let sentence = sentences[pair.first.sentence]
        let tokens = sentence.tokens
        let start = pair.first.match.tokens.upperBound
        let end = pair.second.match.tokens.lowerBound
        features.add("dist=\(Self.distanceBucket(pair.distance))", conjoinedWith: types)
        let between = sentence.matches.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end }.count
        features.add("ebw=\(min(between, 2))")
        let words = tokens[start..<end].filter { $0.kind == .word }
        let kept = words.count <= 12 ? Array(words) : Array(words.prefix(4)) + Array(words.suffix(4))
        for word in kept { features.add("bw=\(word.lower)", conjoinedWith: types) }
        addTriggerFeatures(&features, pair, prefix: "", types: types)
        if tokens[start..<end].contains(where: { CueWords.negation.contains($0.lower) }) { features.add("negbw") }
        if tokens.contains(where: { CueWords.hedges.contains($0.lower) }) { features.add("hedge") }
        for word in tokens[max(0, pair.first.match.tokens.lowerBound - 2)..<pair.first.match.tokens.lowerBound]
        where word.kind == .word {
            features.add("pre=\(word.lower)")
        }
        for word in tokens[
            pair.second.match.tokens.upperBound..<min(tokens.count, pair.second.match.tokens.upperBound + 2)]
        where word.kind == .word {
            features.add("post=\(word.lower)")
        }
        if sentence.sentence.span.start < titleLength { features.add("intitle") }
    }

    /// Whether two mentions are members of one enumeration ("TP53, RB1, APC and BRAF", "memantine
    /// (10 mg/kg) and ibuprofen"): nothing stands between them but other entity mentions,
    /// parenthesised asides, list punctuation and the words `and`, `or`, `nor`, `as well as`.
    func isListed(_ pair: CoOccurrence) -> Bool {
        let sentence = sentences[pair.first.sentence]
        let start = pair.first.match.tokens.upperBound
        let end = pair.second.match.tokens.lowerBound
        var depth = 0
        for index in start..<end {
            let token = sentence.tokens[index]
            switch token.text {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default:
                if depth > 0 || Self.listConnectives.contains(token.lower) { continue }
                if sentence.matches.contains(where: { $0.tokens.contains(index) }) { continue }
                return false
            }
        }
        return true
    }

    /// What may join the members of an enumeration.
    static let listConnectives: Set<String> = [",", ";", "/", "and", "or", "nor", "as", "well"]

    /// A mention count as a coarse bucket.
    static func bucket(_ count: Int) -> String {
        count <= 2 ? String(count) : count <= 4 ? "3-4" : "5+"
    }

    /// A token distance as a coarse bucket.
    static func distanceBucket(_ distance: Int) -> String {
        switch distance {
        case ..<3: "0-2"
        case 3..<6: "3-5"
        case 6..<11: "6-10"
        case 11..<21: "11-20"
        default: "21+"
        }
    }
}

/// Feature names in first-added order, without repeats.
struct FeatureList {
    private(set) var names: [String] = []
    private var seen: Set<String> = []

    /// Adds a feature once.
    mutating func add(_ name: String) {
        if seen.insert(name).inserted { names.append(name) }
    }

    /// Adds a feature and its conjunction with `other` ("t=chemical|disease&cooc=1").
    mutating func add(_ name: String, conjoinedWith other: String) {
        add(name)
        add(other + "&" + name)
    }
}
