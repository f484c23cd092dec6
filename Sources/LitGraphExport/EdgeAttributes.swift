import LitGraphModel

/// The flat attributes of one edge that every tabular and graph-file export writes, computed in
/// one place so that cyjs, GraphML, KGX and Neo4j agree on names, rounding and order.
struct EdgeAttributes {
    /// The edge.
    let edge: GraphEdge
    /// Its stable multigraph key (`subject|predicate|polarity|object`, see ``NodeLinkJSONExporter``).
    let key: String
    /// The distinct documents of its evidence, in evidence order (document id, then sentence).
    let documents: [String]
    /// The PubMed ones among them, as `PMID:` CURIEs.
    let publications: [String]
    /// The distinct evidence sentences, in evidence order.
    let sentences: [String]
    /// The Biolink `object_direction_qualifier` of a signed regulation, else `nil`.
    let directionQualifier: String?

    /// The attributes of `edge`, whose key is `key`.
    init(edge: GraphEdge, key: String) {
        self.edge = edge
        self.key = key
        documents = IdentifierLinks.documentIDs(of: edge.evidence)
        publications = documents.compactMap { IdentifierLinks.pubMedID(of: $0).map { "PMID:" + $0 } }
        var seen = Set<String>()
        sentences = edge.evidence.map(\.sentenceText).filter { seen.insert($0).inserted }
        directionQualifier = NodeLinkJSONExporter.directionQualifier(of: edge.relation)
    }

    /// The attributes of every edge of `graph`, in graph order, with unique keys.
    static func all(of graph: KnowledgeGraph) -> [EdgeAttributes] {
        NodeLinkJSONExporter.edgeKeys(for: graph.edges).map { EdgeAttributes(edge: $0.0, key: $0.1) }
    }

    /// The relation.
    var relation: Relation { edge.relation }

    /// The sign as a number: 1 positive, -1 negative, 0 unknown (for styling in Cytoscape or Gephi).
    var sign: Int {
        switch edge.relation.polarity {
        case .positive: 1
        case .negative: -1
        case .unknown: 0
        }
    }

    /// The belief rounded to four decimals, as every export writes it.
    var belief: Double { NodeLinkJSONExporter.rounded(edge.belief) }

    /// Whether every evidence sentence denies the relation (an edge without evidence is not negated).
    var isNegated: Bool { !edge.evidence.isEmpty && edge.evidence.allSatisfy(\.isNegated) }

    /// A short label: the predicate with spaces (`negatively regulates`), as the DOT diagram writes it.
    var label: String { edge.relation.predicate.rawValue.replacing("_", with: " ") }
}
