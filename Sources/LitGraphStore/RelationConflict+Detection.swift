public import LitGraphModel

extension RelationConflict {
    /// The conflicts among `edges`, which must carry their evidence.
    ///
    /// Sorted by subject id, object id, then kind; each side's evidence keeps the edges' order (by
    /// relation, then document and sentence). O(evidence rows).
    public static func find(in edges: [GraphEdge]) -> [RelationConflict] {
        var pairs: [Pair: [ExtractedRelation]] = [:]
        for edge in edges {
            let pair = Pair(subject: edge.relation.subject.id, object: edge.relation.object.id)
            for row in edge.evidence {
                pairs[pair, default: []].append(ExtractedRelation(relation: edge.relation, evidence: row))
            }
        }
        return pairs.keys.sorted().flatMap { pair in
            conflicts(among: pairs[pair] ?? [])
        }
    }

    /// The conflicts of one subject–object pair's evidence: opposite polarity first, then denial.
    static func conflicts(among rows: [ExtractedRelation]) -> [RelationConflict] {
        guard let relation = rows.first?.relation else { return [] }
        func conflict(_ kind: Kind, _ first: [ExtractedRelation], _ second: [ExtractedRelation]) -> RelationConflict? {
            guard !first.isEmpty, !second.isEmpty else { return nil }
            return RelationConflict(
                kind: kind, subject: relation.subject, object: relation.object, first: first, second: second)
        }
        let stated = rows.filter { !$0.evidence.isNegated }
        let denials = rows.filter(\.evidence.isNegated)
        let opposite = conflict(
            .oppositePolarity, stated.filter { $0.relation.polarity == .positive },
            stated.filter { $0.relation.polarity == .negative })
        let contradicted = stated.filter { statement in
            denials.contains { contradicts($0.relation.polarity, statement.relation.polarity) }
        }
        let contradicting = denials.filter { denial in
            stated.contains { contradicts(denial.relation.polarity, $0.relation.polarity) }
        }
        return [opposite, conflict(.statedAndNegated, contradicted, contradicting)].compactMap { $0 }
    }

    /// Whether denying a relation of polarity `denied` contradicts stating one of polarity `stated`.
    static func contradicts(_ denied: Polarity, _ stated: Polarity) -> Bool {
        denied == .unknown || denied == stated
    }

    /// A directed pair of entity identifiers.
    struct Pair: Hashable, Comparable {
        let subject: String
        let object: String

        static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.subject, lhs.object) < (rhs.subject, rhs.object)
        }
    }
}
