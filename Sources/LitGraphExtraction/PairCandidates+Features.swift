import LitGraphModel

extension PairCandidates {
    /// The evidence place of two mentions in one sentence.
    func occurrence(_ pair: CoOccurrence, subject: String) -> PairOccurrence {
        let sentence = sentences[pair.first.sentence]
        let words = words[pair.first.sentence]
        let between = pair.first.match.tokens.upperBound..<pair.second.match.tokens.lowerBound
        let trigger = between.first { words.triggerEffects[$0] != nil }.map { sentence.tokens[$0] }
        let (subjectMention, objectMention) =
            pair.first.entity.id == subject ? (pair.first, pair.second) : (pair.second, pair.first)
        return PairOccurrence(
            sentence: sentence.sentence, subjectSpan: subjectMention.span, objectSpan: objectMention.span,
            triggerSpan: trigger?.span ?? TextSpan(start: pair.first.span.end, end: pair.first.span.end),
            trigger: trigger?.text ?? "",
            isNegated: between.contains { words.isNegation[$0] }, isHedged: words.isHedged, crossesSentences: false)
    }

    /// The evidence place of a pair joined through the title: the partner's sentence.
    func titleOccurrence(anchor: Mention, partner: Mention, subject: String) -> PairOccurrence {
        let sentence = sentences[partner.sentence]
        let (subjectSpan, objectSpan) =
            anchor.entity.id == subject ? (anchor.span, partner.span) : (partner.span, anchor.span)
        return PairOccurrence(
            sentence: sentence.sentence, subjectSpan: subjectSpan, objectSpan: objectSpan,
            triggerSpan: TextSpan(start: partner.span.end, end: partner.span.end), trigger: "",
            isNegated: false, isHedged: words[partner.sentence].isHedged, crossesSentences: true)
    }

    /// Writes the features of a pair of entity numbers to `sink`.
    func features<Sink: FeatureSink>(
        _ subject: Int, _ object: Int, together: [CoOccurrence], closest: CoOccurrence?, into sink: inout Sink
    ) {
        let types = FeatureTypes(
            mentions[subject][0].entity.category.rawValue, mentions[object][0].entity.category.rawValue)
        sink.add("bias")
        sink.add(types.name)
        let count = together.count
        let coOccurrence = count == 0 ? "0" : count == 1 ? "1" : count == 2 ? "2" : "3+"
        sink.add("cooc=", coOccurrence, conjoinedWith: types)
        let titled = [subject, object].filter(isInTitle).count
        sink.add("title=", ["none", "one", "both"][titled], conjoinedWith: types)
        let counts = [subject, object].map { mentions[$0].count }.sorted()
        sink.add("fmin=", Self.bucket(counts[0]))
        sink.add("fmax=", Self.bucket(counts[1]))
        let top = [subject, object].filter(isMostNamed).count
        sink.add("top=", ["none", "one", "both"][top], conjoinedWith: types)
        addRuleFeatures(&sink, subject, object, types: types)
        let lists = together.filter(isListed).count
        if lists > 0 { sink.add("list=", lists == count ? "all" : "some", conjoinedWith: types) }
        for pair in together { addTriggerFeatures(&sink, pair, key: "anytrig=", types: types) }
        if let closest { addContextFeatures(&sink, closest, types: types) }
    }

    private func addRuleFeatures<Sink: FeatureSink>(_ sink: inout Sink, _ one: Int, _ other: Int, types: FeatureTypes) {
        guard let found = rules[pairKey(one, other)], !found.isEmpty else { return }
        sink.add("rule")
        for relation in found {
            sink.add("rule=", relation.relation.predicate.rawValue)
            sink.add("rulepol=", relation.relation.polarity.rawValue, conjoinedWith: types)
        }
        if found.allSatisfy(\.evidence.isNegated) { sink.add("ruleneg") }
        if found.contains(where: \.evidence.isHedged) { sink.add("rulehedge") }
    }

    private func addTriggerFeatures<Sink: FeatureSink>(
        _ sink: inout Sink, _ pair: CoOccurrence, key: String, types: FeatureTypes
    ) {
        let effects = words[pair.first.sentence].triggerEffects
        for index in pair.first.match.tokens.upperBound..<pair.second.match.tokens.lowerBound {
            guard let effect = effects[index] else { continue }
            sink.add(key, effect.name, conjoinedWith: types)
        }
    }

    private func addContextFeatures<Sink: FeatureSink>(_ sink: inout Sink, _ pair: CoOccurrence, types: FeatureTypes) {
        let sentence = sentences[pair.first.sentence]
        let tokens = sentence.tokens
        let start = pair.first.match.tokens.upperBound
        let end = pair.second.match.tokens.lowerBound
        sink.add("dist=", Self.distanceBucket(pair.distance), conjoinedWith: types)
        let between = sentence.matches.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end }.count
        sink.add("ebw=", ["0", "1", "2"][min(between, 2)])
        let words = tokens[start..<end].filter { $0.kind == .word }
        let kept = words.count <= 12 ? Array(words) : Array(words.prefix(4)) + Array(words.suffix(4))
        for word in kept { sink.add("bw=", word.lower, conjoinedWith: types) }
        addTriggerFeatures(&sink, pair, key: "trig=", types: types)
        if (start..<end).contains(where: { self.words[pair.first.sentence].isNegation[$0] }) { sink.add("negbw") }
        if self.words[pair.first.sentence].isHedged { sink.add("hedge") }
        for word in tokens[max(0, pair.first.match.tokens.lowerBound - 2)..<pair.first.match.tokens.lowerBound]
        where word.kind == .word {
            sink.add("pre=", word.lower)
        }
        for word in tokens[
            pair.second.match.tokens.upperBound..<min(tokens.count, pair.second.match.tokens.upperBound + 2)]
        where word.kind == .word {
            sink.add("post=", word.lower)
        }
        if sentence.sentence.span.start < titleLength { sink.add("intitle") }
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
