import LitGraphEvaluation
import LitGraphModel

/// Hand-built documents for the relation scorer: entities, gold relations and predicted relations.
enum RelationFixtures {
    static let lithium = Entity(id: "MESH:D008094", name: "lithium", category: .chemical)
    static let aspirin = Entity(id: "MESH:D001241", name: "aspirin", category: .chemical)
    static let heartFailure = Entity(id: "MESH:D006333", name: "heart failure", category: .disease)
    static let fever = Entity(id: "MESH:D005334", name: "fever", category: .phenotype)
    static let oxtr = Entity(id: "NCBIGene:5021", name: "OXTR", category: .geneOrProtein)
    static let esr1 = Entity(id: "NCBIGene:2099", name: "ESR1", category: .geneOrProtein)
    static let heart = Entity(id: "MESH:D006321", name: "heart", category: .anatomy)
    static let measures = Entity(id: "LITGRAPH:behavioral-measures", name: "behavioral measures", category: .other)

    /// A gold document whose annotations name `entities` (for their types) and whose relations are
    /// `relations`.
    static func gold(_ relations: [DocumentRelation], entities: [Entity], id: String = "1") -> Document {
        let annotations = entities.enumerated().map { index, entity in
            Mention(entity: entity, span: TextSpan(start: index, end: index + 1), text: "x")
        }
        return Document(
            id: id, title: "T", abstract: "A", annotations: annotations, annotatedRelations: relations)
    }

    /// A relation line of a gold document.
    static func line(_ type: String, _ first: Entity, _ second: Entity) -> DocumentRelation {
        DocumentRelation(type: type, firstID: first.id, secondID: second.id)
    }

    /// A predicted document with `relations` and nothing else.
    static func predicted(_ relations: [ExtractedRelation], id: String = "1") -> AnnotatedDocument {
        AnnotatedDocument(
            document: Document(id: id, title: "T", abstract: "A"), sentences: [], mentions: [], relations: relations)
    }

    /// A predicted relation `subject → object` with `polarity`, negated or not.
    static func relation(
        _ subject: Entity, _ polarity: Polarity, _ object: Entity, negated: Bool = false,
        predicate: RelationPredicate = .regulates
    ) -> ExtractedRelation {
        let span = TextSpan(start: 0, end: 1)
        return ExtractedRelation(
            relation: Relation(subject: subject, predicate: predicate, polarity: polarity, object: object),
            evidence: Evidence(
                documentID: "1", sentenceIndex: 0, sentenceText: "s", subjectSpan: span, triggerSpan: span,
                objectSpan: span, trigger: "t", rule: "test", isNegated: negated))
    }
}
