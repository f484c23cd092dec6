import LitGraphModel
public import LitGraphStore

extension GraphQueries {
    /// The best chains of relations from one entity to another: `litgraph path`.
    ///
    /// One row per step: path (1 is the best), step (from 1), the relation (subject, subject_name,
    /// predicate, polarity, object, object_name), direction (`forward`, or `backward` when the step
    /// goes from the relation's object to its subject), belief, evidence (sentences), chain_sign
    /// (the product of the path's polarities: `positive`, `negative`, or `unsigned` when a step is
    /// unsigned), path_score (the product of the path's beliefs), pmids (the step's documents that
    /// are PubMed articles), and the step's best sentence (stated before denied, then the highest
    /// weight, then the first) with its document; tables mark its arguments and trigger.
    /// - Throws: ``PipelineError/samePathEnds(_:)`` when both names denote one entity, and what
    ///   ``entity(_:)`` throws.
    public func paths(from source: String, to target: String, query: PathQuery = PathQuery()) throws -> Report {
        let sourceEntity = try entity(source)
        let targetEntity = try entity(target)
        guard sourceEntity.id != targetEntity.id else { throw PipelineError.samePathEnds(sourceEntity.id) }
        var rows: [[Report.Value]] = []
        for (rank, path) in try store.paths(from: sourceEntity.id, to: targetEntity.id, query: query).enumerated() {
            let sign: Report.Value = .text(path.sign == .unknown ? "unsigned" : path.sign.rawValue)
            for (index, step) in path.steps.enumerated() {
                let relation = step.edge.relation
                let best = Self.bestEvidence(of: step.edge)
                let located = try best.map(locate)
                let pmids = Set(step.edge.evidence.map(\.documentID).filter { !Self.pubMedURL($0).isEmpty })
                rows.append([
                    .int(rank + 1), .int(index + 1), .text(relation.subject.id), .text(relation.subject.name),
                    .text(relation.predicate.rawValue), .text(relation.polarity.rawValue), .text(relation.object.id),
                    .text(relation.object.name), .text(step.isBackward ? "backward" : "forward"),
                    .number(step.edge.belief), .int(step.edge.evidenceCount), sign, .number(path.score),
                    .list(pmids.sorted()), best.map { .text($0.documentID) } ?? .missing,
                    located?.sentence ?? .missing,
                ])
            }
        }
        return Report(
            columns: [
                "path", "step", "subject", "subject_name", "predicate", "polarity", "object", "object_name",
                "direction", "belief", "evidence", "chain_sign", "path_score", "pmids", "document", "sentence",
            ],
            rows: rows,
            signColumns: ["polarity", "chain_sign"]
        )
    }

    /// Whether a path within `query`'s limits and filter exists when relations may also be
    /// followed backwards: the hint `litgraph path` gives when it finds none along the arrows.
    public func pathExistsUndirected(from source: String, to target: String, query: PathQuery) throws -> Bool {
        var undirected = query
        undirected.followsEdgesBackwards = true
        undirected.count = 1
        let (sourceID, targetID) = (try entity(source).id, try entity(target).id)
        return try sourceID != targetID && !store.paths(from: sourceID, to: targetID, query: undirected).isEmpty
    }

    /// The sentence that best states an edge: a stated one before a denied one, then the highest
    /// weight (``Belief/weight(confidence:isHedged:)``), then the first in document and sentence order.
    static func bestEvidence(of edge: GraphEdge) -> Evidence? {
        edge.evidence.enumerated().min { left, right in
            let (a, b) = (left.element, right.element)
            if a.isNegated != b.isNegated { return !a.isNegated }
            let (weightA, weightB) = (
                Belief.weight(confidence: a.confidence, isHedged: a.isHedged),
                Belief.weight(confidence: b.confidence, isHedged: b.isHedged)
            )
            if weightA != weightB { return weightA > weightB }
            return left.offset < right.offset
        }?.element
    }
}
