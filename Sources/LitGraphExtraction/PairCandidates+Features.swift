import LitGraphModel

extension PairCandidates {
    /// The evidence place of two mentions in one sentence; `subject` is the subject's number.
    func occurrence(_ pair: CoOccurrence, subject: Int) -> PairOccurrence {
        let sentence = sentences[pair.first.sentence]
        let words = words[pair.first.sentence]
        let between = pair.first.tokens.upperBound..<pair.second.tokens.lowerBound
        let trigger = between.first { words.triggerEffects[$0] != nil }.map { sentence.tokens[$0] }
        let (subjectMention, objectMention) =
            pair.first.number == subject ? (pair.first, pair.second) : (pair.second, pair.first)
        return PairOccurrence(
            sentence: sentence.sentence, subjectSpan: subjectMention.span, objectSpan: objectMention.span,
            triggerSpan: trigger?.span ?? TextSpan(start: pair.first.span.end, end: pair.first.span.end),
            trigger: trigger?.text ?? "",
            isNegated: between.contains { words.isNegation[$0] }, isHedged: words.isHedged, crossesSentences: false)
    }

    /// The evidence place of a pair joined through the title: the partner's sentence.
    func titleOccurrence(anchor: Mention, partner: Mention, subject: Int) -> PairOccurrence {
        let sentence = sentences[partner.sentence]
        let (subjectSpan, objectSpan) =
            anchor.number == subject ? (anchor.span, partner.span) : (partner.span, anchor.span)
        return PairOccurrence(
            sentence: sentence.sentence, subjectSpan: subjectSpan, objectSpan: objectSpan,
            triggerSpan: TextSpan(start: partner.span.end, end: partner.span.end), trigger: "",
            isNegated: false, isHedged: words[partner.sentence].isHedged, crossesSentences: true)
    }

    /// Writes the features of a pair of entity numbers to `sink`.
    func features<Sink: FeatureSink>(
        _ subject: Int, _ object: Int, together: [CoOccurrence], closest: CoOccurrence?, into sink: inout Sink
    ) {
        let types = FeatureTypes.of(entities[subject].category, entities[object].category)
        sink.add(.bias)
        sink.add(types: types)
        let count = together.count
        sink.add(.cooccurrences, Self.coOccurrenceCounts[min(count, 3)], conjoinedWith: types)
        let titled = (isInTitle(subject) ? 1 : 0) + (isInTitle(object) ? 1 : 0)
        sink.add(.title, Self.howMany[titled], conjoinedWith: types)
        let (fewer, more) = (mentions[subject].count, mentions[object].count)
        sink.add(.fewerMentions, Self.bucket(min(fewer, more)))
        sink.add(.moreMentions, Self.bucket(max(fewer, more)))
        let top = (isMostNamed(subject) ? 1 : 0) + (isMostNamed(object) ? 1 : 0)
        sink.add(.mostNamed, Self.howMany[top], conjoinedWith: types)
        addRuleFeatures(&sink, subject, object, types: types)
        var lists = 0
        for pair in together where isListed(pair) { lists += 1 }
        if lists > 0 { sink.add(.listed, lists == count ? "all" : "some", conjoinedWith: types) }
        for pair in together { addTriggerFeatures(&sink, pair, key: .anyTrigger, types: types) }
        if let closest { addContextFeatures(&sink, closest, types: types) }
    }

    /// The co-occurrence counts as the features write them (3 stands for three or more).
    private static let coOccurrenceCounts = ["0", "1", "2", "3+"]
    /// How many of the two entities, as the features write it.
    private static let howMany = ["none", "one", "both"]

    private func addRuleFeatures<Sink: FeatureSink>(_ sink: inout Sink, _ one: Int, _ other: Int, types: FeatureTypes) {
        guard let found = rules[pairKey(one, other)], !found.isEmpty else { return }
        sink.add(.rule)
        for relation in found {
            sink.add(.rulePredicate, relation.relation.predicate.rawValue)
            sink.add(.rulePolarity, relation.relation.polarity.rawValue, conjoinedWith: types)
        }
        if found.allSatisfy(\.evidence.isNegated) { sink.add(.ruleNegated) }
        if found.contains(where: \.evidence.isHedged) { sink.add(.ruleHedged) }
    }

    private func addTriggerFeatures<Sink: FeatureSink>(
        _ sink: inout Sink, _ pair: CoOccurrence, key: FeatureKey, types: FeatureTypes
    ) {
        let effects = words[pair.first.sentence].triggerEffects
        for index in pair.first.tokens.upperBound..<pair.second.tokens.lowerBound {
            guard let effect = effects[index] else { continue }
            sink.add(key, effect.name, conjoinedWith: types)
        }
    }

    private func addContextFeatures<Sink: FeatureSink>(_ sink: inout Sink, _ pair: CoOccurrence, types: FeatureTypes) {
        let sentence = sentences[pair.first.sentence]
        let words = words[pair.first.sentence]
        let tokens = sentence.tokens
        let start = pair.first.tokens.upperBound
        let end = pair.second.tokens.lowerBound
        sink.add(.distance, Self.distanceBucket(pair.distance), conjoinedWith: types)
        var between = 0
        for match in sentence.matches where match.tokens.lowerBound >= start && match.tokens.upperBound <= end {
            between += 1
        }
        sink.add(.entitiesBetween, Self.coOccurrenceCounts[min(between, 2)])
        // The words between: all of them, or the first and last four of more than twelve.
        var wordCount = 0
        for index in start..<end where tokens[index].kind == .word { wordCount += 1 }
        var written = 0
        for index in start..<end where tokens[index].kind == .word {
            if wordCount <= 12 || written < 4 || written >= wordCount - 4 {
                sink.add(.wordBetween, tokens[index].lower, conjoinedWith: types)
            }
            written += 1
        }
        addTriggerFeatures(&sink, pair, key: .trigger, types: types)
        if (start..<end).contains(where: { words.isNegation[$0] }) { sink.add(.negationBetween) }
        if words.isHedged { sink.add(.hedge) }
        for index in max(0, pair.first.tokens.lowerBound - 2)..<pair.first.tokens.lowerBound
        where tokens[index].kind == .word {
            sink.add(.wordBefore, tokens[index].lower)
        }
        for index in pair.second.tokens.upperBound..<min(tokens.count, pair.second.tokens.upperBound + 2)
        where tokens[index].kind == .word {
            sink.add(.wordAfter, tokens[index].lower)
        }
        if sentence.sentence.span.start < titleLength { sink.add(.inTitle) }
    }

    /// Whether two mentions are members of one enumeration ("TP53, RB1, APC and BRAF", "memantine
    /// (10 mg/kg) and ibuprofen"): nothing stands between them but other entity mentions,
    /// parenthesised asides, list punctuation and the words `and`, `or`, `nor`, `as well as`.
    func isListed(_ pair: CoOccurrence) -> Bool {
        let sentence = sentences[pair.first.sentence]
        let start = pair.first.tokens.upperBound
        let end = pair.second.tokens.lowerBound
        var depth = 0
        for index in start..<end {
            // A bracket is punctuation: a word is not compared with the brackets. The token is
            // read in place (a copy retains and releases its two strings).
            if sentence.tokens[index].kind == .punctuation {
                switch sentence.tokens[index].text {
                case "(", "[":
                    depth += 1
                    continue
                case ")", "]":
                    depth = max(0, depth - 1)
                    continue
                default: break
                }
            }
            if depth > 0 || Self.listConnectives.contains(sentence.tokens[index].lower) { continue }
            if sentence.matches.contains(where: { $0.tokens.contains(index) }) { continue }
            return false
        }
        return true
    }

    /// What may join the members of an enumeration.
    static let listConnectives: WordSet = [",", ";", "/", "and", "or", "nor", "as", "well"]

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
