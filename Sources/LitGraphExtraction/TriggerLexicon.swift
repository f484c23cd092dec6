/// The trigger vocabulary: every inflected form of every trigger word, mapped to its sense.
///
/// Verbs are listed by lemma and inflected by rule (`increase` → `increases`, `increased`,
/// `increasing`); irregular forms are listed explicitly. The vocabulary itself is data, kept in
/// `TriggerLexicon+Vocabulary.swift`.
struct TriggerLexicon: Sendable {
    /// How a verb form is inflected, which decides voice and clause role.
    enum VerbForm: Sendable, Hashable {
        /// `increase`, `increases`, `increased` (past tense) in an active clause.
        case finite
        /// `increased` after a form of "to be": passive when "by" follows.
        case pastParticiple
        /// `increasing`: a participial or means clause, or a gerund object.
        case gerund
    }

    /// A trigger found at a word form.
    struct Entry: Sendable, Hashable {
        /// What the word means.
        var sense: TriggerSense
        /// Its inflection (verbs only; nouns and adjectives are `.finite`).
        var form: VerbForm
    }

    /// What the relation model's features read of a word (``PairCandidates``).
    struct Cues: Sendable {
        /// The first sense's effect; `nil` for a word that is no trigger.
        var effect: TriggerSense.Effect?
        /// Whether the word is a negation word (``CueWords/negation``).
        var isNegation = false
        /// Whether the word is a hedge (``CueWords/hedges``).
        var isHedge = false
    }

    private var entries: [String: [Entry]] = [:]
    /// The word forms with entries, whose filter answers most other words without a lookup.
    private var forms = WordSet([])
    /// The cues of every trigger form, negation word and hedge.
    private var cues: [String: Cues] = [:]
    /// The words ``cues`` holds.
    private var cueWords = WordSet([])

    /// The built-in vocabulary.
    static let builtIn = TriggerLexicon(vocabulary: TriggerLexicon.vocabulary)

    /// Builds the lookup table from senses.
    init(vocabulary: [TriggerSense]) {
        for sense in vocabulary {
            switch sense.kind {
            case .verb:
                for (form, kind) in Self.inflections(of: sense.lemma) {
                    add(Entry(sense: sense, form: kind), for: form)
                }
            case .noun, .adjective, .agent:
                add(Entry(sense: sense, form: .finite), for: sense.lemma)
            }
        }
        forms = WordSet(entries.keys)
        for (form, list) in entries { cues[form] = Cues(effect: list.first?.sense.effect) }
        for word in CueWords.negation { cues[word, default: Cues()].isNegation = true }
        for word in CueWords.hedges { cues[word, default: Cues()].isHedge = true }
        cueWords = WordSet(cues.keys)
    }

    /// The senses a lower-cased word form has, verbs first; empty when it is no trigger.
    func entries(for word: String) -> [Entry] {
        forms.mayContain(word) ? entries[word] ?? [] : []
    }

    /// What the relation model's features read of a lower-cased word: its first sense's effect
    /// (as `entries(for: word).first?.sense.effect`), and whether it is a negation word or a hedge.
    func cues(for word: String) -> Cues {
        cueWords.mayContain(word) ? cues[word] ?? Cues() : Cues()
    }

    private mutating func add(_ entry: Entry, for form: String) {
        var list = entries[form] ?? []
        guard !list.contains(where: { $0.sense.kind == entry.sense.kind }) else { return }
        list.append(entry)
        entries[form] = list
    }

    /// The inflected forms of a regular verb, with irregular past forms where English has them.
    static func inflections(of lemma: String) -> [(String, VerbForm)] {
        if let irregular = irregularPast[lemma] {
            return [
                (lemma, .finite), (lemma + "s", .finite), (irregular, .pastParticiple),
                (lemma + "ing", .gerund),
            ]
        }
        let stem: String
        let past: String
        let third: String
        if lemma.hasSuffix("e") {
            stem = String(lemma.dropLast())
            past = lemma + "d"
            third = lemma + "s"
        } else if lemma.hasSuffix("y"), let beforeY = lemma.dropLast().last, !"aeiou".contains(beforeY) {
            stem = lemma
            past = String(lemma.dropLast()) + "ied"
            third = String(lemma.dropLast()) + "ies"
        } else if doubledFinalConsonant.contains(lemma), let last = lemma.last {
            stem = lemma + String(last)
            past = stem + "ed"
            third = lemma + "s"
        } else {
            stem = lemma
            past = lemma + "ed"
            third = lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") ? lemma + "es" : lemma + "s"
        }
        return [(lemma, .finite), (third, .finite), (past, .pastParticiple), (stem + "ing", .gerund)]
    }

    /// Past forms that do not follow the rule.
    static let irregularPast: [String: String] = ["lead": "led", "bind": "bound", "upregulate": "upregulated"]
    /// Verbs that double their last consonant before -ed and -ing.
    static let doubledFinalConsonant: Set<String> = ["control", "abet", "compel", "propel", "upset"]
}
