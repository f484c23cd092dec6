import LitGraphModel

/// What a document's abbreviation definitions make of their short forms, applied to each
/// sentence's lexicon matches.
///
/// A definition's sense is the entity of its long form: the lexicon match covering the long form
/// exactly (a chemical there gives way to the short form's gene reading when the long form's head
/// is an enzyme or protein word, and the long form is marked with that gene too); else, for "hypothalamic-pituitary-adrenal (HPA) axis", the match that runs from the
/// long form across the parenthesis into the words after it; else the match that ends where the
/// long form ends. A long form that matches no entity takes the lexicon's own reading of the short
/// form when that reading's name starts with the long form's words ("HPA" after
/// "hypothalamic-pituitary-adrenal (HPA) function"); otherwise it becomes an ungrounded entity
/// named by the whole long form and typed by its head word where the head tells ("rheumatoid
/// arthritis" → disease, else `other`). This is a deliberate choice: the document says what the
/// short form means, and a node the rest of the abstract can relate to is worth more than no node.
/// When the long form names nothing worth a node (an adjective, a function word), the short form
/// is left unmarked rather than read with a lexicon sense the document contradicts.
///
/// Every occurrence of a defined short form, the one inside the definition's parentheses included,
/// as a whole token run and case-sensitively, also as a plural (`ROSs`, `NSAID` for `NSAIDs`), then
/// takes that sense, replacing a lexicon match of those tokens or of some of them ("NETs" in a
/// defined "GEP-NETs"); a longer lexicon term that contains it ("HPA axis") is kept. A run joined to a number ("PC-3", "IL-6" for `IL`) is part of
/// another symbol: it is not marked, and a lexicon match of exactly the short form there is
/// dropped, since the document gives the short form another sense. A definition holds from its place onwards; occurrences before the first one (in
/// the title, typically) take the first definition's sense. Undefined short forms are left to the
/// lexicon.
struct AbbreviationSenses {
    /// What a defined short form means in its document.
    enum Sense: Hashable {
        /// The long form's entity, grounded or not.
        case entity(Entity)
        /// Nothing: the long form names no entity and the lexicon's reading would contradict it.
        case unmarked
    }

    /// A definition with the sense it gives its short form.
    struct Resolution {
        /// The definition.
        var definition: AbbreviationDefinition
        /// What the short form means.
        var sense: Sense
    }

    /// A long form to mark as an entity the lexicon did not find there.
    struct LongFormMark {
        /// Where the long form lies.
        var span: TextSpan
        /// The entity it names.
        var entity: Entity
    }

    /// Resolutions by short-form key (see ``key(of:)``), each list in text order.
    private(set) var resolutions: [String: [Resolution]] = [:]
    /// Long forms to mark in their sentences.
    private(set) var longFormMarks: [LongFormMark] = []
    /// The largest number of tokens a short-form occurrence can take.
    private var longestForm = 0
    /// Which ASCII bytes start some short-form key, when every key is ASCII and not empty; then an
    /// occurrence can only start at a token whose key piece starts with one of them.
    private var startBytes: [Bool]?

    /// Detects the definitions in a document and resolves each against the lexicon, given each
    /// sentence's tokens and `recognizer`'s matches in them.
    init(
        scalars: [Unicode.Scalar], sentences: [Sentence], tokens sentenceTokens: [[Token]],
        matches sentenceMatches: [[EntityRecognizer.Match]], recognizer: EntityRecognizer
    ) {
        let definitions = AbbreviationDetector().definitions(in: scalars, sentences: sentences.map(\.span))
        for definition in definitions {
            guard
                let sentence = sentences.firstIndex(where: {
                    $0.span.start <= definition.shortFormSpan.start && definition.shortFormSpan.end <= $0.span.end
                })
            else { continue }
            let tokens = sentenceTokens[sentence]
            let shortForm = tokens[Self.tokenRange(of: definition.shortFormSpan, in: tokens)]
            guard let key = Self.key(of: shortForm) else { continue }
            let resolver = AbbreviationResolver(
                definition: definition, tokens: tokens, recognizer: recognizer, matches: sentenceMatches[sentence])
            let (sense, mark) = resolver.resolve()
            if let mark { longFormMarks.append(mark) }
            let resolution = Resolution(definition: definition, sense: sense)
            for form in Self.pluralForms(of: key) { resolutions[form, default: []].append(resolution) }
            longestForm = max(longestForm, shortForm.count + 1)
        }
        let keys = resolutions.keys.map(\.utf8)
        if keys.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 < 0x80 } }) {
            var starts = [Bool](repeating: false, count: 128)
            for key in keys { starts[Int(key[key.startIndex])] = true }
            startBytes = starts
        }
    }

    /// The sentence's matches with the document's abbreviations applied, in token order and never
    /// overlapping.
    func apply(to matches: [EntityRecognizer.Match], in tokens: [Token], keys: SentenceKeys) -> [EntityRecognizer.Match]
    {
        guard !resolutions.isEmpty, let first = tokens.first, let last = tokens.last else { return matches }
        var result = matches
        for mark in longFormMarks where mark.span.start >= first.span.start && mark.span.end <= last.span.end {
            let range = Self.tokenRange(of: mark.span, in: tokens)
            guard !range.isEmpty else { continue }
            result.removeAll { $0.tokens.overlaps(range) }
            result.append(EntityRecognizer.Match(tokens: range, entity: mark.entity))
        }
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWordLike, mayStart(at: index, keys: keys),
                let (range, resolution) = occurrence(at: index, in: tokens, keys: keys)
            else {
                index += 1
                continue
            }
            Self.apply(resolution.sense, to: range, in: &result)
            index = range.upperBound
        }
        // Matches already in strict order (no long form or short form changed them) are sorted.
        if AnnotationMatcher.isInStrictOrder(result) { return result }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private static func apply(_ sense: Sense, to range: Range<Int>, in matches: inout [EntityRecognizer.Match]) {
        // A longer term containing the short form ("HPA axis") is a reading of its own; a term
        // inside it ("NETs" in "GEP-NETs") is not.
        let reachesOut = matches.contains {
            $0.tokens.overlaps(range)
                && ($0.tokens.lowerBound < range.lowerBound || $0.tokens.upperBound > range.upperBound)
        }
        guard !reachesOut else { return }
        matches.removeAll { $0.tokens.overlaps(range) }
        if case .entity(let entity) = sense {
            matches.append(EntityRecognizer.Match(tokens: range, entity: entity))
        }
    }

    /// The defined short form starting at `index`, the longest one, with the definition in force there.
    private func occurrence(at index: Int, in tokens: [Token], keys: SentenceKeys) -> (Range<Int>, Resolution)? {
        let longest = min(longestForm, tokens.count - index)
        guard longest > 0 else { return nil }
        for length in stride(from: longest, through: 1, by: -1) {
            let range = index..<(index + length)
            guard let key = Self.key(of: range, in: tokens, keys: keys), let candidates = resolutions[key],
                let first = candidates.first
            else { continue }
            let start = tokens[index].span.start
            var resolution = candidates.last { $0.definition.shortFormSpan.start <= start } ?? first
            if !Self.standsAlone(range, in: tokens) { resolution.sense = .unmarked }
            return (range, resolution)
        }
        return nil
    }

    /// Whether a short form may start at the word-like token at `index` (``startBytes``): false only
    /// when its key piece starts with an ASCII byte no key starts with.
    private func mayStart(at index: Int, keys: SentenceKeys) -> Bool {
        guard let startBytes, let byte = keys[index].exact.utf8.first, byte < 0x80 else { return true }
        return startBytes[Int(byte)]
    }
}
