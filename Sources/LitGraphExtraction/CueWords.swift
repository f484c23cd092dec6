import LitGraphModel

/// The closed word classes the relation rules rely on, lower-cased.
///
/// Kept as data in one place.
enum CueWords {
    /// Words that deny the relation when they precede its trigger in the same clause.
    static let negation: WordSet = [
        "not", "no", "never", "neither", "nor", "cannot", "without", "failed", "fail", "fails", "unable", "lack",
        "lacked", "lacks", "absence", "n't", "none",
    ]
    /// Words that mark a relation as speculative when they precede its trigger in the sentence.
    static let hedges: WordSet = [
        "may", "might", "could", "possibly", "possible", "potential", "potentially", "suggest", "suggests",
        "suggested", "suggesting", "likely", "unlikely", "whether", "appear", "appears", "appeared", "seem", "seems",
        "seemed", "hypothesize", "hypothesized", "hypothesise", "hypothesised", "propose", "proposed", "putative",
        "perhaps", "probably", "presumably", "speculate", "speculated",
    ]
    /// Auxiliaries and modals, skipped between a subject and its verb.
    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "can", "could", "may", "might", "will", "would", "shall", "should", "must",
    ]
    /// Forms of "to be", which make a following participle passive.
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am"]
    /// Verbs that stand between a subject and an infinitive or participle that carries the relation
    /// ("has been found to", "were used to", "is known to").
    static let raisingVerbs: WordSet = [
        "found", "shown", "reported", "employed", "used", "applied", "known", "thought", "believed", "observed",
        "demonstrated", "proposed", "hypothesized", "expected", "considered", "said", "able", "likely", "administered",
        "given", "designed", "seems", "seem", "appears", "appear", "tends", "tend", "continues", "continue",
        "also", "further", "still", "then", "both", "directly", "indirectly", "to",
    ]
    /// Words that open a subordinate clause; a subject is never looked for across them.
    static let clauseBarriers: WordSet = [
        "whereas", "while", "although", "though", "because", "since", "if", "when", "but", "however", "unless",
        "thereby", "thus", "hence", "therefore",
    ]
    /// Relative pronouns: the subject of a relative clause is the phrase before them.
    static let relativePronouns: WordSet = ["that", "which", "who", "whom"]
    /// Prepositions; they end a noun phrase (except `of` inside measure phrases).
    static let prepositions: WordSet = [
        "in", "of", "on", "at", "by", "with", "from", "for", "during", "through", "via", "to", "among", "after",
        "before", "under", "than", "between", "within", "without", "against", "into", "across", "over", "upon",
        "towards", "toward", "throughout", "including", "like", "versus", "vs", "per", "following", "despite",
    ]
    /// Determiners, possessives and quantifiers dropped from the front of a noun phrase.
    static let determiners: WordSet = [
        "the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our", "your", "my",
        "such", "various", "several", "many", "some", "any", "each", "every", "all", "both", "other", "another",
        "overall", "certain", "different", "specific", "particular", "same", "whole", "more", "most", "less",
        "least", "much", "few", "one", "two", "three", "multiple", "numerous", "potential", "possible", "precise",
        "significant", "critical", "essential", "important", "key", "major", "direct", "indirect", "further",
        "additional", "also",
    ]
    /// Pronouns that refer back to an earlier entity.
    static let pronouns: WordSet = ["its", "their", "it", "they", "this", "these"]
    /// Nouns that never become graph nodes on their own: they name the discourse, not the biology.
    static let genericHeads: WordSet = [
        "review", "reviews", "study", "studies", "research", "mechanism", "mechanisms", "overview", "direction",
        "directions", "role", "roles", "effect", "effects", "impact", "impacts", "experience", "experiences",
        "evidence", "data", "result", "results", "finding", "findings", "analysis", "analyses", "patient",
        "patients", "subject", "subjects", "participant", "participants", "individual", "individuals", "people",
        "person", "persons", "case", "cases", "group", "groups", "level", "levels", "factor", "factors",
        "intervention", "interventions", "treatment", "treatments", "approach", "approaches", "method", "methods",
        "way", "ways", "aspect", "aspects", "part", "one", "ones", "basis", "bases", "change", "changes", "process",
        "processes", "system", "systems", "women", "men", "children", "adults", "rats", "mice", "animals", "cells",
        "volunteers", "population", "populations", "model", "models", "outcome", "outcomes", "paper", "article",
        "trial", "trials", "ability", "capacity", "effectiveness", "efficacy", "activation", "increase", "decrease",
        "response", "responses", "time", "area", "areas", "field", "work", "report", "reports", "term", "terms",
        "addition", "contrast", "conclusion", "summary", "future", "need", "needs", "measure", "use", "presence",
        "number", "numbers", "degree", "amount", "extent", "range", "majority", "proportion", "percentage",
        "fraction", "variety", "series", "set", "kind", "type", "types", "practice", "preparation", "comfort",
        "dose", "doses", "period", "duration", "value", "values", "rate", "rates", "status", "order", "stage",
    ]
    /// Nouns naming the people, animals or cells a finding is about; an entity that only modifies
    /// one ("breast cancer patients") is not the phrase's referent.
    static let populationNouns: WordSet = [
        "patient", "patients", "women", "men", "children", "adults", "adolescents", "rats", "mice", "animals",
        "cells", "subjects", "participants", "individuals", "volunteers", "people", "population", "populations",
        "survivors", "cases", "controls", "groups", "cohort", "cohorts",
    ]
    /// Nouns naming an amount or activity of something: `levels of cortisol` is about cortisol.
    static let measureNouns: WordSet = [
        "level", "levels", "expression", "activity", "activities", "release", "secretion", "concentration",
        "concentrations", "production", "synthesis", "function", "functions", "signaling", "signalling",
        "metabolism", "amount", "amounts", "content", "abundance", "availability", "transcription", "activation",
        "phosphorylation", "uptake", "degradation", "turnover", "risk", "risks", "incidence", "severity",
        "frequency", "occurrence", "development", "progression", "onset", "relapse", "recurrence", "symptoms",
    ]
    /// Participles and comparatives that give an effect its sign ("leads to improved Y").
    static let signedModifiers: [String: Polarity] = [
        "improved": .positive, "increased": .positive, "enhanced": .positive, "elevated": .positive,
        "higher": .positive, "greater": .positive, "better": .positive, "augmented": .positive,
        "reduced": .negative, "decreased": .negative, "impaired": .negative, "lower": .negative,
        "diminished": .negative, "poorer": .negative, "worse": .negative, "attenuated": .negative,
        "suppressed": .negative, "inhibited": .negative,
    ]
}
