import LitGraphModel

/// Entities and documents shared by the store tests.
enum Fixtures {
    static let oxytocin = Entity(id: "MESH:D010121", name: "oxytocin", category: .chemical)
    static let resilience = Entity(id: "MESH:D000075402", name: "psychological resilience", category: .phenotype)
    static let cortisol = Entity(id: "MESH:D006854", name: "hydrocortisone", category: .chemical)
    static let oxtr = Entity(id: "NCBIGene:5021", name: "OXTR", category: .geneOrProtein)
    static let esr1 = Entity(id: "NCBIGene:2099", name: "ESR1", category: .geneOrProtein)
    static let reticulum = Entity(id: "MESH:D004721", name: "endoplasmic reticulum", category: .anatomy)
    static let stress = Entity(id: "LITGRAPH:stress", name: "stress", category: .phenotype)

    /// Oxytocin enhances resilience and suppresses cortisol; oxytocin binds OXTR; stress is only mentioned.
    static func first() -> AnnotatedDocument {
        var builder = DocumentBuilder(
            id: "1001",
            title: "Oxytocin and psychological resilience",
            abstractSentences: [
                "Intranasal OT enhanced psychological resilience in adults.",
                "Oxytocin suppressed hydrocortisone after stress.",
                "Oxytocin binds OXTR.",
            ])
        builder.relate(
            (oxytocin, "OT"), .positivelyRegulates, .positive, (resilience, "psychological resilience"),
            trigger: "enhanced", sentence: 1)
        builder.relate(
            (oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (cortisol, "hydrocortisone"),
            trigger: "suppressed", sentence: 2)
        builder.mention(stress, "stress", sentence: 2)
        builder.relate(
            (oxytocin, "Oxytocin"), .interactsWith, .unknown, (oxtr, "OXTR"), trigger: "binds", sentence: 3,
            rule: "binds-verb")
        return builder.annotated
    }

    /// Shares the oxytocin → resilience relation with ``first()``; adds ER mentions and a hedged relation.
    static func second() -> AnnotatedDocument {
        var builder = DocumentBuilder(
            id: "1002",
            title: "Oxytocin improves psychological resilience",
            abstractSentences: [
                "ER signalling in the ER may modulate OXTR.",
                "Hydrocortisone is associated with psychological resilience.",
            ])
        builder.relate(
            (oxytocin, "Oxytocin"), .positivelyRegulates, .positive, (resilience, "psychological resilience"),
            trigger: "improves", sentence: 0)
        builder.relate(
            (esr1, "ER"), .regulates, .unknown, (oxtr, "OXTR"), trigger: "modulate", sentence: 1, hedged: true)
        builder.mention(reticulum, "ER", sentence: 1, occurrence: 2)
        builder.relate(
            (cortisol, "Hydrocortisone"), .associatedWith, .unknown, (resilience, "psychological resilience"),
            trigger: "associated with", sentence: 2, rule: "association")
        return builder.annotated
    }
}
