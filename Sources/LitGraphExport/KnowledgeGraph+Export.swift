import LitGraphModel

extension KnowledgeGraph {
    /// The nodes to export: `nodes` plus any edge endpoint missing from them.
    ///
    /// Each id appears once, sorted by id; the first entity listed for an id wins.
    var exportedNodes: [Entity] {
        var seen = Set<String>()
        var result: [Entity] = []
        let endpoints = edges.flatMap { [$0.relation.subject, $0.relation.object] }
        for entity in nodes + endpoints where seen.insert(entity.id).inserted {
            result.append(entity)
        }
        return result.sorted { $0.id < $1.id }
    }
}
