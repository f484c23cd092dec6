import Foundation

/// A small corpus written for the evidence and conflict features: four MEDLINE records (2012,
/// 2016, 2020 and one without a date) in which oxytocin reduces anxiety in one paper, raises it in
/// another and fails to reduce it in a third; reduces cortisol plainly and with a hedge; and
/// cortisol raises "the disease", a generic concept once a vocabulary names it.
///
/// What the extractor reads from it (relation, sentences, belief):
/// - oxytocin −| anxiety: 1001 stated, 1003 negated → (1 − 0.3) × 0.3 = 0.21, years 2012–2020
/// - oxytocin → anxiety: 1002 stated → 0.7, 2016
/// - oxytocin −| cortisol: 1002 hedged, 1003 plain → 1 − 0.65 × 0.3 = 0.805, 2016–2020
/// - oxytocin → social behavior: 1001, 1003 → 1 − 0.3 × 0.3 = 0.91, 2012–2020
/// - cortisol → anxiety: 1004 → 0.7, no year
/// - cortisol → Disease (MESH:D004194): 1004, only with `--keep-generic`
public enum BeliefCorpus {
    /// The records, in MEDLINE tagged text (`.nbib`).
    public static let medline = """
        PMID- 1001
        DP  - 2012 Mar
        TI  - Oxytocin and anxiety in healthy volunteers.
        AB  - Oxytocin reduced anxiety in healthy volunteers. Oxytocin increased social
              behavior.

        PMID- 1002
        DP  - 2016
        TI  - Intranasal oxytocin in stressed adults.
        AB  - Oxytocin increased anxiety in stressed adults. Oxytocin may reduce cortisol.

        PMID- 1003
        DP  - 2020 Jan 5
        TI  - A randomized trial of oxytocin.
        AB  - Oxytocin did not reduce anxiety in this cohort. Oxytocin reduced cortisol.
              Oxytocin increased social behavior.

        PMID- 1004
        TI  - Cortisol and anxiety.
        AB  - Cortisol increased anxiety. Cortisol increased the disease.

        """

    /// A user vocabulary naming the generic MeSH heading "Disease".
    public static let vocabulary = "id\tname\tsynonyms\tcategory\nMESH:D004194\tDisease\tdiseases\tdisease\n"

    /// Writes the corpus and the vocabulary into `directory`; returns their paths.
    public static func write(into directory: TemporaryDirectory) throws -> (corpus: String, vocabulary: String) {
        (
            try directory.write(medline, to: "corpus.nbib"),
            try directory.write(vocabulary, to: "generic.tsv")
        )
    }
}
