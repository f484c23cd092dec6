/// A deterministic corpus of made-up abstracts in JSON Lines.
///
/// For build tests that need a few hundred documents without `../shared`: sentences joining names the built-in lexicon knows
/// (oxytocin, cortisol, OXTR, depression…) with verbs the extractor reads (increases, reduces,
/// binds, may modulate, did not affect), plus a sentence about genes for the generic concept
/// filter. Every `repeatEvery`-th document reuses an earlier identifier with other text.
public enum SyntheticCorpus {
    static let subjects = [
        "Oxytocin", "Cortisol", "Serotonin", "Dopamine", "Estradiol", "Vasopressin", "Melatonin", "Insulin",
        "Interleukin-6", "Tumor necrosis factor", "OXTR", "ESR1", "BDNF", "Ketamine", "Fluoxetine", "Lithium",
    ]
    static let objects = [
        "anxiety", "depression", "trust", "psychological resilience", "insomnia", "obesity", "inflammation",
        "memory", "aggression", "pain", "hypertension", "schizophrenia", "social behavior", "fear",
    ]
    static let verbs = [
        "increases", "reduces", "binds", "may modulate", "did not affect", "is associated with", "inhibits",
        "activates", "was more effective than placebo in reducing",
    ]

    /// `count` documents, one JSON object a line (`id`, `title`, `abstract`), identical on every call.
    public static func jsonLines(count: Int, repeatEvery: Int = 50, seed: UInt64 = 7) -> String {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        var lines: [String] = []
        for index in 0..<count {
            let id = index > 0 && index % repeatEvery == 0 ? "\(90_000 + index - 7)" : "\(90_000 + index)"
            let title = "\(subjects[next(subjects.count)]) and \(objects[next(objects.count)])"
            var sentences: [String] = []
            for _ in 0..<(2 + next(5)) {
                let subject = subjects[next(subjects.count)]
                let object = objects[next(objects.count)]
                sentences.append("\(subject) \(verbs[next(verbs.count)]) \(object) in adults.")
            }
            if next(4) == 0 { sentences.append("\(subjects[next(subjects.count)]) activates genes.") }
            let abstract = sentences.joined(separator: " ")
            lines.append(#"{"id": "\#(id)", "title": "\#(title).", "abstract": "\#(abstract)"}"#)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
