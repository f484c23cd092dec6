public import LitGraphModel

/// Renders a ``KnowledgeGraph`` as networkx node-link JSON (FORMATS.md §2.3).
///
/// The document loads with plain `networkx.node_link_graph(d)` (networkx ≥ 3.6 reads `edges`)
/// and in D3 or older networkx (which read `links`): both keys hold the same list. Keys are
/// written in a fixed order and the output is byte-for-byte deterministic.
///
/// Node members: `id` (CURIE), `name`, `category` (Biolink class), `litgraph_category`,
/// `grounded`. Edge members: `source`, `target`, `key`, `predicate`, `biolink_predicate`,
/// `object_direction_qualifier` (signed regulation only), `polarity`, `evidence_count`,
/// `document_count`, `belief` (rounded to four decimals), `first_year` and `last_year` (`null`
/// when unknown), `evidence`; each evidence object carries `confidence` when its finder gave one.
public struct NodeLinkJSONExporter: Sendable {
    /// The Biolink Model release the exported categories and predicates were checked against.
    public static let biolinkVersion = "4.4.6"

    /// Creates an exporter.
    public init() {}

    /// The JSON text of `graph`, ending with a newline.
    public func render(_ graph: KnowledgeGraph) -> String {
        document(for: graph).serialized()
    }

    /// The JSON document of `graph`, before serialization.
    public func document(for graph: KnowledgeGraph) -> JSONValue {
        let edges = JSONValue.array(Self.edgeKeys(for: graph.edges).map(edgeObject))
        return .object([
            ("directed", .bool(true)),
            ("multigraph", .bool(true)),
            (
                "graph",
                .object([
                    ("name", .string(graph.name)),
                    ("generator", .string("LitGraph")),
                    ("biolink_version", .string(Self.biolinkVersion)),
                ])
            ),
            ("nodes", .array(graph.exportedNodes.map(nodeObject))),
            ("edges", edges),
            ("links", edges),
        ])
    }

    /// The object for one node.
    func nodeObject(_ entity: Entity) -> JSONValue {
        .object([
            ("id", .string(entity.id)),
            ("name", .string(entity.name)),
            ("category", .string(entity.category.biolinkClass)),
            ("litgraph_category", .string(entity.category.rawValue)),
            ("grounded", .bool(entity.isGrounded)),
        ])
    }

    /// The object for one edge, `key` being its multigraph key.
    func edgeObject(_ edge: GraphEdge, key: String) -> JSONValue {
        let relation = edge.relation
        var members: [(key: String, value: JSONValue)] = [
            ("source", .string(relation.subject.id)),
            ("target", .string(relation.object.id)),
            ("key", .string(key)),
            ("predicate", .string(relation.predicate.rawValue)),
            ("biolink_predicate", .string(BiolinkEdgeMapping.predicate(of: relation))),
        ]
        if let qualifier = Self.directionQualifier(of: relation) {
            members.append(("object_direction_qualifier", .string(qualifier)))
        }
        members += [
            ("polarity", .string(relation.polarity.rawValue)),
            ("evidence_count", .int(edge.evidenceCount)),
            ("document_count", .int(edge.documentCount)),
            ("belief", .number(Self.rounded(edge.belief))),
            ("first_year", edge.firstYear.map(JSONValue.int) ?? .null),
            ("last_year", edge.lastYear.map(JSONValue.int) ?? .null),
            ("evidence", .array(edge.evidence.map(evidenceObject))),
        ]
        return .object(members)
    }

    /// The object for one evidence row; spans are `[start, end]` in code points.
    func evidenceObject(_ evidence: Evidence) -> JSONValue {
        func span(_ span: TextSpan) -> JSONValue { .array([.int(span.start), .int(span.end)]) }
        var members: [(key: String, value: JSONValue)] = [
            ("document", .string(evidence.documentID)),
            ("sentence_index", .int(evidence.sentenceIndex)),
            ("sentence", .string(evidence.sentenceText)),
            ("trigger", .string(evidence.trigger)),
            ("rule", .string(evidence.rule)),
            ("negated", .bool(evidence.isNegated)),
            ("hedged", .bool(evidence.isHedged)),
            ("comparison", .bool(evidence.isComparison)),
            ("subject_span", span(evidence.subjectSpan)),
            ("trigger_span", span(evidence.triggerSpan)),
            ("object_span", span(evidence.objectSpan)),
        ]
        if let confidence = evidence.confidence {
            members.append(("confidence", .number(Self.rounded(confidence))))
        }
        return .object(members)
    }

    /// `value` rounded to four decimals, so exports stay short and stable across platforms.
    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    /// The Biolink `object_direction_qualifier` of a signed regulation: the predicate's own
    /// (`increased`/`decreased`), else for unsigned `regulates` the one its polarity implies;
    /// `nil` for every other predicate and for unknown polarity.
    static func directionQualifier(of relation: Relation) -> String? {
        if let qualifier = relation.predicate.biolinkDirectionQualifier { return qualifier }
        guard relation.predicate == .regulates else { return nil }
        switch relation.polarity {
        case .positive: return "increased"
        case .negative: return "decreased"
        case .unknown: return nil
        }
    }

    /// A stable multigraph key per edge: `subject|predicate|polarity|object`, which names the
    /// relation; a repeated relation gets `#2`, `#3`… so keys stay unique.
    static func edgeKeys(for edges: [GraphEdge]) -> [(GraphEdge, String)] {
        var used = Set<String>()
        return edges.map { edge in
            let relation = edge.relation
            let base = [
                relation.subject.id, relation.predicate.rawValue, relation.polarity.rawValue, relation.object.id,
            ]
            .joined(separator: "|")
            var key = base
            var suffix = 2
            while !used.insert(key).inserted {
                key = "\(base)#\(suffix)"
                suffix += 1
            }
            return (edge, key)
        }
    }
}
