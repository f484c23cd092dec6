extension TriggerLexicon {
    /// The built-in trigger vocabulary.
    ///
    /// Each line is one word sense; order decides which sense wins
    /// when two share a form.
    static let vocabulary: [TriggerSense] =
        verbs(
            .positive,
            [
                "increase", "enhance", "promote", "stimulate", "activate", "upregulate", "elevate", "augment",
                "potentiate", "facilitate", "boost", "strengthen", "amplify", "raise", "accelerate", "heighten",
                "foster", "restore", "evoke", "elicit", "intensify", "accentuate", "reinforce", "sensitize",
            ])
        + verbs(.ameliorates, ["improve", "alleviate", "ameliorate", "relieve", "mitigate", "rescue"])
        + verbs(
            .negative,
            [
                "decrease", "reduce", "inhibit", "suppress", "attenuate", "impair", "compromise", "diminish", "lower",
                "block", "downregulate", "abolish", "abrogate", "antagonize", "antagonise", "blunt", "dampen", "weaken",
                "repress", "counteract", "lessen", "deplete", "disrupt", "limit", "worsen", "undermine", "ablate",
                "inactivate", "silence", "eliminate", "hinder", "retard", "curb", "restrain", "desensitize",
            ])
        + verbs(.prevents, ["prevent", "reverse"])
        + verbs(
            .regulates,
            [
                "regulate", "modulate", "influence", "affect", "alter", "impact", "mediate", "control", "shape",
                "govern", "target", "modify",
            ])
        + verbs(
            .causes, ["cause", "produce", "induce", "trigger", "provoke", "precipitate", "exacerbate", "aggravate"])
        + [
            TriggerSense(lemma: "lead", kind: .verb, effect: .causes, particle: "to"),
            TriggerSense(lemma: "result", kind: .verb, effect: .causes, particle: "in"),
            TriggerSense(lemma: "contribute", kind: .verb, effect: .causes, particle: "to"),
            TriggerSense(
                lemma: "protect", kind: .verb, effect: .prevents, particle: "against", particleIsOptional: true),
            TriggerSense(lemma: "treat", kind: .verb, effect: .treats),
            TriggerSense(lemma: "cure", kind: .verb, effect: .treats),
            TriggerSense(lemma: "bind", kind: .verb, effect: .interacts, particle: "to", particleIsOptional: true),
            TriggerSense(lemma: "interact", kind: .verb, effect: .interacts, particle: "with"),
            TriggerSense(lemma: "associate", kind: .verb, effect: .associated, particle: "with"),
            TriggerSense(lemma: "correlate", kind: .verb, effect: .associated, particle: "with"),
            TriggerSense(lemma: "link", kind: .verb, effect: .associated, particle: "to"),
        ]
        + nouns(
            .positive,
            [
                "activation", "stimulation", "enhancement", "promotion", "induction", "upregulation", "elevation",
                "augmentation", "potentiation", "facilitation", "increase", "increases",
            ])
        + nouns(.ameliorates, ["improvement", "alleviation", "amelioration"])
        + nouns(
            .negative,
            [
                "inhibition", "suppression", "reduction", "decrease", "decreases", "attenuation", "impairment",
                "downregulation", "blockade", "depletion", "disruption", "antagonism", "abrogation", "blockage",
            ])
        + nouns(.prevents, ["prevention"])
        + nouns(
            .regulates,
            [
                "regulation", "modulation", "influence", "effect", "effects", "impact", "role", "involvement", "basis",
                "bases",
            ])
        + nouns(.causes, ["contribution", "cause", "causes"])
        + [TriggerSense(lemma: "factor", kind: .noun, effect: .positive, precedingWord: "risk")]
        + nouns(.interacts, ["interaction", "interactions", "binding"])
        + nouns(.associated, ["association", "associations", "correlation", "correlations", "link", "relationship"])
        + [
            TriggerSense(lemma: "involved", kind: .adjective, effect: .regulates, particle: "in"),
            TriggerSense(lemma: "responsible", kind: .adjective, effect: .causes, particle: "for"),
            TriggerSense(lemma: "protective", kind: .adjective, effect: .prevents, particle: "against"),
            TriggerSense(lemma: "essential", kind: .adjective, effect: .regulates, particle: "for"),
            TriggerSense(lemma: "required", kind: .adjective, effect: .regulates, particle: "for"),
            TriggerSense(lemma: "related", kind: .adjective, effect: .associated, particle: "to"),
            TriggerSense(lemma: "implicated", kind: .adjective, effect: .regulates, particle: "in"),
            TriggerSense(lemma: "effective", kind: .adjective, effect: .regulates, particle: "in"),
            TriggerSense(lemma: "predictive", kind: .adjective, effect: .associated, particle: "of"),
        ]
        + agents(.negative, ["inhibitor", "inhibitors", "antagonist", "antagonists", "blocker", "blockers"])
        + agents(.positive, ["agonist", "agonists", "activator", "activators", "inducer", "inducers", "stimulator"])
        + agents(.interacts, ["ligand", "ligands"])
        + agents(.associated, ["predictor", "predictors", "biomarker", "biomarkers"])

    private static func verbs(_ effect: TriggerSense.Effect, _ lemmas: [String]) -> [TriggerSense] {
        lemmas.map { TriggerSense(lemma: $0, kind: .verb, effect: effect) }
    }

    private static func agents(_ effect: TriggerSense.Effect, _ lemmas: [String]) -> [TriggerSense] {
        lemmas.map { TriggerSense(lemma: $0, kind: .agent, effect: effect) }
    }

    private static func nouns(_ effect: TriggerSense.Effect, _ lemmas: [String]) -> [TriggerSense] {
        lemmas.map { TriggerSense(lemma: $0, kind: .noun, effect: effect) }
    }
}
